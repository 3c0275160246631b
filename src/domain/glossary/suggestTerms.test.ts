import { beforeAll, describe, expect, it } from 'vitest';
import proposal from '../../../source-text/industrial-internet-proposal.txt?raw';
import { importText } from '../import/importText';
import { loadScriptConverter } from '../script/convertScript';
import { makeCharFold, type CharFold } from './charFold';
import { suggestTerms } from './suggestTerms';

const sources = importText(proposal).segments.map((segment) => segment.source);
let fold: CharFold;
let proposed: string[];
beforeAll(async () => {
  fold = makeCharFold(await loadScriptConverter('zh-Hans'));
  proposed = termsOf(sources);
});

const termsOf = (texts: readonly string[], known: ReadonlySet<string> = new Set()) =>
  suggestTerms(texts, known, { fold }).map((candidate) => candidate.term);

describe('suggestTerms on the proposal', () => {
  it.each([
    '產業互聯網',
    '數字經濟',
    '數字化轉型',
    '智慧城市',
    '新型基礎設施',
    '數據中臺',
    '開源協同',
    '云計算',
    '兩會',
  ])('proposes %s', (term) => {
    expect(proposed).toContain(term);
  });

  it.each([
    // Character n-grams the old suggester proposed: each cuts a word in two.
    '業互聯網國家戰',
    '數字經',
    '的重要',
    '產業互',
    '聯網',
    '互聯',
    '產業互聯',
    '型基礎設',
    '新型基礎設',
    '字經濟',
    '源協同',
    // Phrases that start or end on a function character, or hold one as a word.
    '的重要載體',
    '是推動高質量發展',
    '數字產業化和產業',
    '發展的高級階段',
    '我們要',
    // A phrase made of a far more frequent term and one more word.
    '推進產業互聯網',
  ])('does not propose %s', (fragment) => {
    expect(proposed).not.toContain(fragment);
  });

  it('ranks the most frequent terms first and counts segments apart from occurrences', () => {
    const candidates = suggestTerms(sources, new Set(), { fold });
    expect(candidates.slice(0, 2).map((candidate) => candidate.term)).toEqual([
      '產業互聯網',
      '互聯網',
    ]);
    // Twice in one paragraph: two occurrences, one segment.
    expect(candidates.find((candidate) => candidate.term === '數據中臺')).toEqual({
      term: '數據中臺',
      count: 2,
      segments: 1,
    });
  });

  it('leaves out what is already in the glossary, in either script', () => {
    const terms = termsOf(sources, new Set(['产业互联网', '數字經濟']));
    expect(terms).not.toContain('產業互聯網');
    expect(terms).not.toContain('數字經濟');
    expect(terms).toContain('互聯網');
  });
});

describe('suggestTerms on a large project', () => {
  it('finds candidates in a sample and counts them in every segment', () => {
    const copies = 20;
    const large = Array.from({ length: copies }, () => sources).flat();
    const sampled = suggestTerms(large, new Set(), { fold, maxSampleChars: 20_000 });
    const whole = suggestTerms(sources, new Set(), { fold });
    const byTerm = new Map(whole.map((candidate) => [candidate.term, candidate]));
    for (const term of ['產業互聯網', '數字經濟', '新型基礎設施', '數據中臺']) {
      const candidate = sampled.find((found) => found.term === term);
      expect(candidate).toEqual({
        term,
        count: (byTerm.get(term)?.count ?? 0) * copies,
        segments: (byTerm.get(term)?.segments ?? 0) * copies,
      });
    }
  });
});

describe('suggestTerms on small texts', () => {
  it('counts a term written in both scripts as one, shown as first written', () => {
    expect(suggestTerms(['推進數據中臺建設', '数据中台很重要'], new Set(), { fold })).toEqual([
      { term: '數據中臺', count: 2, segments: 2 },
    ]);
  });

  it('proposes nothing from text without repetition', () => {
    expect(termsOf(['今天天氣很好。', '我們去公園散步。'])).toEqual([]);
  });
});
