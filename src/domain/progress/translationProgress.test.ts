import { describe, expect, it } from 'vitest';
import { countCharacters, translationProgress } from './translationProgress';

describe('translationProgress', () => {
  it('weighs segments by their source characters', () => {
    const progress = translationProgress([
      { source: '一二三', status: 'translated' },
      { source: '四五六七八九', status: 'draft' },
      { source: '十', status: 'reviewed' },
    ]);
    expect(progress).toEqual({ totalCharacters: 10, doneCharacters: 4, percent: 40 });
  });

  it('leaves "Do not translate" segments out of the total', () => {
    const progress = translationProgress([
      { source: '一二', status: 'translated' },
      { source: '免責聲明免責聲明', status: 'do-not-translate' },
    ]);
    expect(progress.percent).toBe(100);
  });

  it('shows 1% for a small start and 99% until everything is done', () => {
    const many = Array.from({ length: 1000 }, () => ({
      source: '字',
      status: 'untranslated' as const,
    }));
    expect(translationProgress([{ source: '字', status: 'translated' }, ...many]).percent).toBe(1);
    const nearlyAll = many.map((segment) => ({ ...segment, status: 'translated' as const }));
    expect(translationProgress([...nearlyAll, { source: '字', status: 'draft' }]).percent).toBe(99);
  });

  it('is 0 for an empty project', () => {
    expect(translationProgress([]).percent).toBe(0);
  });

  it('counts code points, not whitespace', () => {
    expect(countCharacters('𠀀 字\n')).toBe(2);
  });
});
