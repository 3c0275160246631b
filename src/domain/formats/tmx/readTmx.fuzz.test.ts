import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fragment, fuzzRuns, mutatedBytes, mutatedText, timed } from '../../../../test/fuzz/mutate';
import { decodeTmx } from './decodeTmx';
import { readTmx, type TmxRead } from './readTmx';

const fixtures = join(import.meta.dirname, '../../../../test/fixtures/tmx');
const memoq = readFileSync(join(fixtures, 'memoq.tmx'), 'utf8');
const omegat = readFileSync(join(fixtures, 'omegat-project_save.tmx'), 'utf8');
const trados = new Uint8Array(readFileSync(join(fixtures, 'trados.tmx')));

/** Every read is either the pairs, with texts, or a problem with a code: never a throw. */
function expectTmxRead(read: TmxRead): void {
  if (read.ok) {
    expect(read.file.pairs.length).toBeGreaterThan(0);
    for (const pair of read.file.pairs) {
      expect(typeof pair.source).toBe('string');
      expect(pair.sourceLang.toLowerCase()).toMatch(/^(zh|cmn|zho|chi)\b/);
      expect(pair.targetLang.toLowerCase()).toMatch(/^(en|eng)\b/);
    }
  } else {
    expect(typeof read.problem.code).toBe('string');
  }
}

const tmxish = fc
  .array(
    fc.oneof(
      fragment,
      fc.constantFrom(
        '<tmx version="1.4">',
        '</tmx>',
        '<header srclang="zh-CN"/>',
        '<body>',
        '</body>',
        '<tu>',
        '</tu>',
        '<tuv xml:lang="zh-TW">',
        '<tuv lang="EN-US">',
        '<tuv>',
        '</tuv>',
        '<seg>',
        '</seg>',
        '<bpt i="1">',
        '</bpt>',
        '<ph>',
        '</ph>',
        '<sub>',
        '</sub>',
        '<hi>',
        '</hi>',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

// A thousand parses of real-sized files: seconds on a loaded two-core machine.
describe('readTmx under fuzzing', { timeout: 30_000 }, () => {
  it('reads or rejects any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 300 }), tmxish), (text) => {
        expectTmxRead(timed(() => readTmx(text)));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('reads or rejects any mutation of a real file', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedText(memoq), mutatedText(omegat)), (text) => {
        expectTmxRead(timed(() => readTmx(text)));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('decodes or rejects any mutation of UTF-16 bytes', () => {
    fc.assert(
      fc.property(mutatedBytes(trados), (bytes) => {
        const decoded = timed(() => decodeTmx(bytes));
        if (decoded.ok) expectTmxRead(timed(() => readTmx(decoded.text)));
        else expect(['encoding', 'empty']).toContain(decoded.problem.code);
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('refuses more than 50 M characters without parsing them', () => {
    const huge = `<tmx>${' '.repeat(50 * 1024 * 1024)}</tmx>`;
    expect(timed(() => readTmx(huge))).toEqual({ ok: false, problem: { code: 'tooLarge' } });
  });
});
