import { beforeAll, describe, expect, it } from 'vitest';
import { makeCharFold, type CharFold } from '../glossary/charFold';
import { loadScriptConverter } from '../script/convertScript';
import { ConcordanceIndex, splitAtRanges } from './concordance';
import type { MemoryUnit } from './memoryUnit';

let fold: CharFold;
beforeAll(async () => {
  fold = makeCharFold(await loadScriptConverter('zh-Hans'));
});

function unit(id: string, source: string, target: string): MemoryUnit {
  return {
    id,
    source,
    target,
    sourceLang: 'zh-Hant',
    targetLang: 'en',
    origin: { kind: 'tmx', file: 'proposal.tmx' },
    createdAt: 0,
    updatedAt: 0,
  };
}

// Sentences of the proposal, in the scripts it mixes.
const units = [
  unit('a', '發展數字經濟，數字經濟是新動能', 'Develop the digital economy, a new driver'),
  unit(
    'b',
    '推动云计算与实体经济深度融合',
    'Promote the integration of cloud computing and the economy',
  ),
  unit('c', '加快推進工業互聯網創新發展', 'Accelerate the Industrial Internet'),
  unit('d', '全國政協委員馬化騰', 'Ma Huateng, CPPCC member'),
  unit('e', '５Ｇ網絡建設', '5G network construction'),
];

function search(query: string, limit?: number) {
  const index = new ConcordanceIndex(fold);
  index.setUnits(units);
  return index.search(query, limit);
}

describe('concordance', () => {
  it.each([
    ['数字经济', ['a'], 'Simplified finds Traditional'],
    ['數字經濟', ['a'], 'Traditional finds the same'],
    ['雲計算', ['b'], 'Traditional finds Simplified'],
    ['云計算', ['b'], 'a query in mixed scripts'],
    ['工业互联网', ['c'], ''],
    ['industrial internet', ['c'], 'English, whatever the case'],
    ['ECONOMY', ['a', 'b'], ''],
    ['5g', ['e'], 'full-width Latin in the source'],
    ['经济', ['a', 'b'], ''],
    ['  馬化騰 ', ['d'], 'the query is trimmed'],
    ['量子', [], 'no hit'],
    ['', [], 'an empty query finds nothing'],
  ])('%s → %j %s', (query, ids) => {
    const result = search(query);
    expect(result.hits.map((hit) => hit.unit.id)).toEqual(ids);
    expect(result.total).toBe(ids.length);
  });

  it('marks every occurrence in the source and the English', () => {
    const [hit] = search('數字經濟').hits;
    expect(hit?.sourceRanges).toEqual([
      { start: 2, end: 6 },
      { start: 7, end: 11 },
    ]);
    expect(hit?.targetRanges).toEqual([]);
    const [english] = search('Economy').hits;
    expect(english?.targetRanges).toEqual([{ start: 20, end: 27 }]);
    expect(english?.unit.target.slice(20, 27)).toBe('economy');
  });

  it('lists the first hits and counts them all', () => {
    const result = search('e', 2);
    expect(result.hits.map((hit) => hit.unit.id)).toEqual(['a', 'b']);
    expect(result.total).toBe(5);
  });

  it('searches the units given last', () => {
    const index = new ConcordanceIndex(fold);
    index.setUnits(units);
    index.setUnits([...units.slice(0, 4), unit('e', '數據中心', '5G network construction')]);
    expect(index.size).toBe(5);
    expect(index.search('5G网络').total).toBe(0);
    expect(index.search('数据中心').hits.map((hit) => hit.unit.id)).toEqual(['e']);
  });

  it('cuts a text at its hits for highlighting', () => {
    expect(
      splitAtRanges('發展數字經濟，數字經濟', [
        { start: 2, end: 6 },
        { start: 7, end: 11 },
      ]),
    ).toEqual([
      { text: '發展', hit: false },
      { text: '數字經濟', hit: true },
      { text: '，', hit: false },
      { text: '數字經濟', hit: true },
    ]);
  });
});
