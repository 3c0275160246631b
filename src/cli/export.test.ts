// @vitest-environment node
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { sampleDocument } from '../../test/helpers/sampleDocument';
import { writeProjectFile } from '../domain/formats/projectFile/projectFile';
import { writeXliff2 } from '../domain/formats/xliff/writeXliff2';
import { runExport } from './export';

describe('npm run export', () => {
  it('writes the same XLIFF the serializer gives the browser', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'export-'));
    const input = join(directory, 'project.json');
    const out = join(directory, 'out.xlf');
    await writeFile(input, writeProjectFile(sampleDocument));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await runExport([input, '--format', 'xliff2', '--out', out])).toBe(0);
    const expected = writeXliff2(sampleDocument, {
      srcLang: 'zh-Hant',
      convertSource: (text) => text,
      termsIn: (source) => sampleDocument.glossary.filter((entry) => source.includes(entry.source)),
    });
    expect(await readFile(out, 'utf8')).toBe(expected);
  });

  it('refuses bad arguments and bad input', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runExport(['x.json', '--format', 'pdf', '--out', 'y'])).toBe(2);
    const directory = await mkdtemp(join(tmpdir(), 'export-'));
    const input = join(directory, 'bad.json');
    await writeFile(input, '{}');
    expect(await runExport([input, '--format', 'md', '--out', join(directory, 'o.md')])).toBe(1);
  });
});
