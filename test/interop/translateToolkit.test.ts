// @vitest-environment node
/**
 * translate-toolkit 3.8 (Debian) on our XLIFF 1.2 export and its po2xliff output read back. In
 * CI (.ci/run installs translate-toolkit) this always runs; elsewhere it is skipped only where
 * the tools are not installed.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleDocument } from '../helpers/sampleDocument';
import { readXliff } from '../../src/domain/formats/xliff/readXliff';
import { writeXliff12 } from '../../src/domain/formats/xliff/writeXliff12';

const installed = existsSync('/usr/bin/po2xliff') && existsSync('/usr/bin/xliff2po');
const run = promisify(execFile);

let directory = '';
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'translate-toolkit-'));
});
afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe.skipIf(!installed && !process.env.CI)('translate-toolkit 3.8', () => {
  it('reads our XLIFF 1.2 as PO, and its XLIFF 1.1 comes back Translated, not Reviewed', async () => {
    const ours = join(directory, 'ours.xlf');
    await writeFile(
      ours,
      writeXliff12(sampleDocument, { srcLang: 'zh-Hant', convertSource: (text) => text }),
    );
    await run('xliff2po', [ours, join(directory, 'ours.po')], { timeout: 30_000 });
    const po = await readFile(join(directory, 'ours.po'), 'utf8');
    expect(po).toContain('msgid "產業互聯網"');
    // Translate in PO, then back to XLIFF as translate-toolkit writes it.
    await writeFile(
      join(directory, 'done.po'),
      `msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n\n#: s1\nmsgid "產業互聯網"\nmsgstr "Industrial internet"\n\n#: s2\n#, fuzzy\nmsgid "數字經濟"\nmsgstr "Digital economy"\n`,
    );
    await run('po2xliff', [join(directory, 'done.po'), join(directory, 'done.xlf')], {
      timeout: 30_000,
    });
    const xliff = await readFile(join(directory, 'done.xlf'), 'utf8');
    expect(xliff).toContain('urn:oasis:names:tc:xliff:document:1.1');
    const read = readXliff(xliff);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(
      read.file.units
        .filter((unit) => unit.source !== '' && !unit.source.startsWith('Content-Type'))
        .map((unit) => [unit.source, unit.translationText, unit.status]),
    ).toEqual([
      ['產業互聯網', 'Industrial internet', 'translated'],
      ['數字經濟', 'Digital economy', 'draft'],
    ]);
  }, 60_000);
});
