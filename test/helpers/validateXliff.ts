import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';

const schemaRoot = resolve('test/fixtures/xliff-schemas');

function filesUnder(directory: string): { fileName: string; contents: string }[] {
  return readdirSync(directory).flatMap((name) => {
    const path = join(directory, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return name.endsWith('.xsd')
      ? [{ fileName: relative(schemaRoot, path), contents: readFileSync(path, 'utf8') }]
      : [];
  });
}

const schemaFiles = filesUnder(schemaRoot);

/** Validates an XLIFF document against the OASIS schemas (2.0 with the Glossary module, or 1.2 strict). */
export async function validateXliff(xml: string, version: '2.0' | '1.2'): Promise<string[]> {
  const mainSchema =
    version === '2.0' ? '2.0/core-and-glossary.xsd' : '1.2/xliff-core-1.2-strict.xsd';
  const schema = schemaFiles.find((file) => file.fileName === mainSchema);
  if (!schema) throw new Error(`missing schema ${mainSchema}`);
  const result = await validateXML({
    xml: [{ fileName: 'document.xlf', contents: xml }],
    schema: [schema],
    preload: schemaFiles.filter((file) => file !== schema),
  });
  return result.errors.map((error) => error.rawMessage);
}
