import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectGlossaryImport } from '../../../../test/fuzz/expectGlossaryImport';
import {
  fragment,
  fuzzRuns,
  maxHugeCallMs,
  mutatedText,
  timed,
} from '../../../../test/fuzz/mutate';
import { maxGlossaryCharacters, type GlossaryRecord } from '../../glossary/glossaryRecord';
import { readTbx } from './readTbx';
import { writeTbx } from './writeTbx';

const records: GlossaryRecord[] = [
  {
    source: '產業互聯網',
    targets: ['industrial internet', 'industrial Internet'],
    status: 'preferred',
    partOfSpeech: 'noun',
    noteText: 'Tencent’s term & <tags>',
  },
  {
    source: '互聯網+',
    targets: ['Internet Plus'],
    status: 'forbidden',
    partOfSpeech: null,
    noteText: '',
  },
];
// The script conversion does not matter to the reader; identity keeps the sample synchronous.
const same = (text: string) => text;
const martif = writeTbx(records, 'Fuzz sample', { toTraditional: same, toSimplified: same });
const tbx2019 = `<?xml version="1.0"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">
  <text><body>
    <conceptEntry id="c1">
      <descrip type="definition">An economy on data</descrip>
      <langSec xml:lang="zh-Hans"><termSec><term>数字经济</term>
        <termNote type="partOfSpeech">noun</termNote></termSec></langSec>
      <langSec xml:lang="en"><termSec><term>digital economy</term>
        <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec></langSec>
    </conceptEntry>
  </body></text>
</tbx>`;

/** Random markup: tags of the TBX vocabulary, attributes and text in random order. */
const tbxish = fc
  .array(
    fc.oneof(
      fragment,
      fc.constantFrom(
        '<martif>',
        '</martif>',
        '<termEntry id="x">',
        '</termEntry>',
        '<langSet xml:lang="zh">',
        '<langSet xml:lang="en">',
        '</langSet>',
        '<tig>',
        '</tig>',
        '<term>',
        '</term>',
        '<note>',
        '</note>',
        '<termNote type="administrativeStatus">',
        '</termNote>',
        '<tbx xmlns="urn:iso:std:iso:30042:ed-2">',
        '<conceptEntry>',
        '<langSec xml:lang="zh-TW">',
        '<termSec>',
        '</termSec>',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('readTbx under fuzzing', () => {
  it('reads or rejects any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          tbxish,
        ),
        (text) => {
          expectGlossaryImport(timed(() => readTbx(text)));
        },
      ),
      { numRuns: fuzzRuns },
    );
  });

  it('reads or rejects any mutation of a valid file', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedText(martif), mutatedText(tbx2019)), (text) => {
        expectGlossaryImport(timed(() => readTbx(text)));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('refuses 50 MB without parsing it', () => {
    const huge = `<martif>${' '.repeat(50 * 1024 * 1024)}</martif>`;
    expect(timed(() => readTbx(huge))).toEqual({ ok: false, problem: { code: 'tooLarge' } });
  });

  it('reads a file just under the limit within the bound', () => {
    const entry = martif.slice(martif.indexOf('<termEntry'), martif.indexOf('</body>'));
    const [head = '', tail = ''] = martif.split(/(?=<termEntry)[\s\S]*<\/termEntry>\s*/);
    const count = Math.floor((maxGlossaryCharacters - head.length - tail.length) / entry.length);
    const xml = head + entry.repeat(count) + tail;
    expect(xml.length).toBeLessThanOrEqual(maxGlossaryCharacters);
    const result = timed(() => readTbx(xml), maxHugeCallMs);
    expect(result.ok && result.records.length).toBe(count * records.length);
  });

  it('refuses a term nested 100,000 elements deep, quickly and with a message', () => {
    const deep = `${'<a>'.repeat(100_000)}產業${'</a>'.repeat(100_000)}`;
    const xml = `<martif><text><body><termEntry><langSet xml:lang="zh"><tig><term>${deep}</term></tig></langSet><langSet xml:lang="en"><tig><term>industry</term></tig></langSet></termEntry></body></text></martif>`;
    const result = timed(() => readTbx(xml), maxHugeCallMs);
    expect(!result.ok && result.problem).toMatchObject({
      code: 'notXml',
      detail: expect.stringContaining('nested deeper'),
    });
  });

  it('reads a 1 MB line', () => {
    const term = '產'.repeat(1024 * 1024);
    const xml = writeTbx([{ ...(records[1] as GlossaryRecord), source: term }], 'x', {
      toTraditional: same,
      toSimplified: same,
    });
    const result = timed(() => readTbx(xml), maxHugeCallMs);
    expect(result.ok && result.records[0]?.source.length).toBe(term.length);
  });
});
