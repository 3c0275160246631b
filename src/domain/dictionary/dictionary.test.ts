import { beforeAll, describe, expect, it } from 'vitest';
import { readCedict } from '../../../scripts/buildDictionary';
import { loadScriptConverter } from '../script/convertScript';
import {
  buildDictionaryAsset,
  Dictionary,
  dictionaryAssetFormat,
  foldTableOf,
  parseCedictLine,
} from './dictionaryAsset';
import { answerQuery } from './dictionaryQuery';

// The whole CC-CEDICT the app ships, built as the build step builds it.
let asset: string;
let dictionary: Dictionary;
beforeAll(async () => {
  asset = buildDictionaryAsset(readCedict(), foldTableOf(await loadScriptConverter('zh-Hans')));
  dictionary = new Dictionary(asset);
}, 30_000);

const words = (text: string) => dictionary.segment(text).map((word) => word.text);

describe('the dictionary asset', () => {
  it('reads CC-CEDICT lines', () => {
    expect(parseCedictLine('雲計算 云计算 [yun2 ji4 suan4] /cloud computing/')).toEqual({
      traditional: '雲計算',
      simplified: '云计算',
      pinyin: 'yun2 ji4 suan4',
      definitions: ['cloud computing'],
    });
    expect(parseCedictLine('# CC-CEDICT')).toBeNull();
    expect(parseCedictLine('')).toBeNull();
  });

  it('keeps the licence notice and every entry', () => {
    expect(asset.startsWith(`#${dictionaryAssetFormat}\n# CC-CEDICT\n`)).toBe(true);
    expect(dictionary.header.join('\n')).toContain(
      'Creative Commons Attribution-ShareAlike 4.0 International License',
    );
    expect(dictionary.header.join('\n')).toContain('Paul Andrew Denisowski');
    expect(dictionary.size).toBeGreaterThan(115_000);
  });

  it('refuses what is not an asset of its format', () => {
    expect(() => new Dictionary('雲計算 云计算 [yun2 ji4 suan4] /cloud computing/')).toThrow(
      dictionaryAssetFormat,
    );
  });
});

describe('looking up', () => {
  it.each([
    // The proposal mixes scripts: 云 is Simplified, 計 Traditional.
    ['云計算', '雲計算', '云计算', 'yun2 ji4 suan4', 'cloud computing'],
    ['雲計算', '雲計算', '云计算', 'yun2 ji4 suan4', 'cloud computing'],
    ['云计算', '雲計算', '云计算', 'yun2 ji4 suan4', 'cloud computing'],
    ['馬化騰', '馬化騰', '马化腾', 'Ma3 Hua4 teng2', 'Ma Huateng aka Pony Ma'],
    ['兩會', '兩會', '两会', 'Liang3 hui4', "National People's Congress"],
    ['两会', '兩會', '两会', 'Liang3 hui4', "National People's Congress"],
  ])('%s finds %s %s', (text, traditional, simplified, pinyin, definition) => {
    const [entry] = dictionary.lookup(text);
    expect(entry).toMatchObject({ traditional, simplified, pinyin });
    expect(entry?.definitions[0]).toContain(definition);
  });

  it('finds nothing for what is not a headword', () => {
    expect(dictionary.lookup('馬化騰兩會')).toEqual([]);
    expect(dictionary.lookup('')).toEqual([]);
  });

  it.each([
    ['加快工業互聯網發展', ['加快', '工業', '互聯網', '發展']],
    ['马化腾两会建议了', ['马化腾', '两会', '建议', '了']],
    ['加快推進云計算等新基建', ['加快', '推進', '云計算', '等', '新', '基建']],
    // Latin letters and punctuation without an entry are passed over.
    ['“互聯網+”', ['互聯網']],
  ])('cuts %s into its longest words', (text, expected) => {
    expect(words(text)).toEqual(expected);
  });

  it('finds the word at a caret', () => {
    const source = '騰訊公司董事會主席兼首席執行官馬化騰今年計劃提交';
    const at = (char: string) => dictionary.wordAt(source, source.indexOf(char))?.text;
    expect(at('化')).toBe('馬化騰');
    expect(at('執')).toBe('首席執行官');
    expect(dictionary.wordAt(source, source.length)).toBeNull();
  });

  it('looks up in a few milliseconds once indexed', () => {
    const text = '騰訊公司董事會主席兼首席執行官馬化騰今年計劃提交加快推進云計算等新基建';
    const started = performance.now();
    for (let run = 0; run < 100; run += 1) dictionary.segment(text);
    expect((performance.now() - started) / 100).toBeLessThan(10);
  });
});

describe('answers for the Dictionary panel', () => {
  it('gives the entries with tone marks and the selection as a name', () => {
    const answer = answerQuery({ text: '馬化騰' }, dictionary);
    expect(answer).toMatchObject({ text: '馬化騰', reading: 'mǎ huà téng', name: 'Ma Huateng' });
    expect(answer?.words?.[0]?.entries[0]).toMatchObject({
      traditional: '馬化騰',
      simplified: '马化腾',
      pinyin: 'Mǎ Huà téng',
    });
  });

  it('gives pinyin when the dictionary has no entry, and when it is not there at all', () => {
    // 両, the Japanese form of 兩, is not in CC-CEDICT.
    expect(answerQuery({ text: '両' }, dictionary)).toEqual({
      text: '両',
      words: [],
      reading: 'liǎng',
      name: null,
    });
    expect(answerQuery({ text: '云計算' }, null)).toEqual({
      text: '云計算',
      words: null,
      reading: 'yún jì suàn',
      name: 'Yun Jisuan',
    });
  });

  it('reads a Traditional name in Simplified, where pinyin-pro knows surnames better', () => {
    expect(answerQuery({ text: '單雄信' }, dictionary)?.name).toBe('Shan Xiongxin');
  });

  it('answers a caret with the word there', () => {
    const source = '2020兩會在即，全國人大代表馬化騰今年計劃提交';
    const answer = answerQuery({ text: source, caret: source.indexOf('騰') }, dictionary);
    expect(answer).toMatchObject({ text: '馬化騰', name: 'Ma Huateng' });
    expect(answerQuery({ text: source, caret: source.indexOf('，') }, dictionary)).toBeNull();
  });
});
