import { describe, expect, it } from 'vitest';
import { markReadingsInDefinition, numberedToMarked } from './pinyinMarks';

describe('CC-CEDICT pinyin with tone marks', () => {
  it.each([
    ['ma3 hua4 teng2', 'mǎ huà téng'],
    ['Ma3 Hua4 teng2', 'Mǎ Huà téng'],
    ['yun2 ji4 suan4', 'yún jì suàn'],
    ['Liang3 hui4', 'Liǎng huì'],
    // a or e takes the mark; "ou" marks the o; otherwise the last vowel.
    ['hao3', 'hǎo'],
    ['xie4', 'xiè'],
    ['gou4', 'gòu'],
    ['gui4', 'guì'],
    ['liu2', 'liú'],
    ['huo3', 'huǒ'],
    // ü is written u: in CC-CEDICT.
    ['lu:4', 'lǜ'],
    ['nu:e4', 'nüè'],
    ['Lu:3', 'Lǚ'],
    // Neutral tone: no mark; syllables without a vowel carry it on m or n.
    ['le5', 'le'],
    ['r5', 'r'],
    ['m2', 'ḿ'],
    ['ng4', 'ǹg'],
    // Letters and punctuation are kept.
    ['san1 D da3 yin4 ji1', 'sān D dǎ yìn jī'],
    ['A A zhi4', 'A A zhì'],
    ['Ka3 er3 · Ma3 ke4 si1', 'Kǎ ěr · Mǎ kè sī'],
  ])('%s → %s', (numbered, marked) => {
    expect(numberedToMarked(numbered)).toBe(marked);
  });

  it('marks the readings written into definitions', () => {
    expect(markReadingsInDefinition('CL:個|个[ge4]')).toBe('CL:個|个[gè]');
    expect(markReadingsInDefinition('see 雲計算|云计算[yun2 ji4 suan4]')).toBe(
      'see 雲計算|云计算[yún jì suàn]',
    );
    expect(markReadingsInDefinition('cloud computing')).toBe('cloud computing');
  });
});
