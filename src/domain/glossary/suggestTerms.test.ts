import { describe, expect, it } from 'vitest';
import proposal from '../../../source-text/industrial-internet-proposal.txt?raw';
import { importText } from '../import/importText';
import { suggestTerms } from './suggestTerms';

const sources = importText(proposal).segments.map((segment) => segment.source);

describe('suggestTerms', () => {
  it('finds the proposal’s key terms', () => {
    const terms = suggestTerms(sources, new Set()).map((candidate) => candidate.term);
    expect(terms.slice(0, 10)).toContain('產業互聯網');
    expect(terms).toContain('數字經濟');
  });

  it('folds fragments into the longer term they always belong to', () => {
    const terms = suggestTerms(['新型基礎設施很重要', '推動新型基礎設施建設'], new Set()).map(
      (candidate) => candidate.term,
    );
    expect(terms).toContain('新型基礎設施');
    expect(terms).not.toContain('型基礎設');
    expect(terms).not.toContain('新型基礎設');
  });

  it('leaves out what is already in the glossary', () => {
    const terms = suggestTerms(sources, new Set(['產業互聯網'])).map((candidate) => candidate.term);
    expect(terms).not.toContain('產業互聯網');
  });

  it('ranks by frequency and length', () => {
    const [first] = suggestTerms(['數字經濟，數字經濟，數字經濟', '發展，發展'], new Set());
    expect(first).toEqual({ term: '數字經濟', count: 3 });
  });
});
