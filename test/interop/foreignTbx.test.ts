import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTbx } from '../../src/domain/formats/tbx/readTbx';
import { makeCharFold, type CharFold } from '../../src/domain/glossary/charFold';
import { TermMatcher } from '../../src/domain/glossary/TermMatcher';
import { loadScriptConverter } from '../../src/domain/script/convertScript';

const read = (name: string) => {
  const result = readTbx(readFileSync(join('test/fixtures/foreign/tbx', name), 'utf8'));
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return result;
};
const rows = (name: string) =>
  read(name).records.map(({ source, targets, status }) => [source, status, targets.join(' | ')]);

describe('TBX from other tools, in each flavour, with term-level statuses', () => {
  it.each([
    [
      // Two Chinese synonyms, each an entry; the deprecated and superseded renderings forbidden.
      'tbx-basic-2008.tbx',
      [
        ['产业互联网', 'preferred', 'industrial internet'],
        ['产业互联网', 'forbidden', 'Internet Plus | industry internet'],
        ['工业互联网', 'preferred', 'industrial internet'],
        ['工业互联网', 'forbidden', 'Internet Plus | industry internet'],
        ['新基建', 'admitted', 'new infrastructure'],
        // No English: imported as a source-only term.
        ['数据中台', 'preferred', ''],
      ],
    ],
    [
      'tbx-ntig.tbx',
      [
        ['数字经济', 'preferred', 'digital economy'],
        ['数字经济', 'forbidden', 'cyber economy'],
      ],
    ],
    [
      'tbx-2019-dca.tbx',
      [
        ['新型基础设施', 'preferred', 'new-type infrastructure'],
        ['新型基础设施', 'forbidden', 'new infra'],
        ['新基建', 'preferred', 'new-type infrastructure'],
        ['新基建', 'forbidden', 'new infra'],
      ],
    ],
    [
      'tbx-2019-dct.tbx',
      [
        ['互聯網+', 'forbidden', 'Internet Plus'],
        ['雲計算', 'preferred', 'cloud computing'],
      ],
    ],
  ])('%s', (name, expected) => {
    expect(rows(name)).toEqual(expected);
  });

  it('keeps definitions and notes from the entry, language and term levels and descripGrp', () => {
    const [first] = read('tbx-basic-2008.tbx').records;
    expect(first?.noteText).toBe(
      'Internet technology applied to industry.\n产业与互联网的融合。\nA policy slogan, not this concept.',
    );
    expect(read('tbx-ntig.tbx').records[0]?.noteText).toBe('Economy based on digital technology.');
    expect(read('tbx-2019-dct.tbx').records[0]).toMatchObject({
      noteText: 'A national policy of 2015.',
      partOfSpeech: 'noun',
    });
  });

  it('reports the entries it imported without English', () => {
    expect(read('tbx-basic-2008.tbx').sourceOnly).toEqual([{ entry: 3, id: 'e3' }]);
    expect(read('tbx-ntig.tbx').sourceOnly).toBeUndefined();
  });
});

describe('every Chinese term of an entry is recognised', () => {
  let fold: CharFold;
  beforeAll(async () => {
    fold = makeCharFold(await loadScriptConverter('zh-Hans'));
  });
  it('finds both synonyms, in either script', () => {
    const matcher = new TermMatcher(fold);
    matcher.setTerms(
      read('tbx-basic-2008.tbx').records.map((record, index) => ({
        id: `g${index}`,
        source: record.source,
      })),
    );
    const found = matcher
      .find('發展產業互聯網和工業互聯網')
      .map((occurrence) => occurrence.entryIds.join(','));
    expect(found).toEqual(['g0,g1', 'g2,g3']);
  });
});
