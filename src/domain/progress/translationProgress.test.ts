import { describe, expect, it } from 'vitest';
import { ProgressTally, type TalliedSegment } from './progressTally';
import { countCharacters } from './translationProgress';

/** The figures of a project counted from scratch. */
const translationProgress = (segments: Omit<TalliedSegment, 'translationText'>[]) => {
  const { totalCharacters, doneCharacters, percent } = new ProgressTally(
    segments.map((segment) => ({ ...segment, translationText: '' })),
  ).figures();
  return { totalCharacters, doneCharacters, percent };
};

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

describe("countCharacters, the CAT tools' count for Chinese", () => {
  it.each([
    ['a Chinese character is one, punctuation nothing', '數字經濟。', 4],
    ['a number is one, however many digits', '2018年9月30日', 6],
    ['a Latin acronym is one', '云計算、AI、大數據、LBS', 8],
    ['letters and digits together are one', '5G網絡', 3],
    ['a decimal and a grouped number are one each', '增長1.5倍,達130,000人', 7],
    ['full-width digits are a number too', '２０２０年', 2],
    ['quotes and book-title marks count nothing', '《“產業互聯網”》', 5],
    ['English words, as for a translation', "Tencent's e-commerce grew 1.5 times.", 5],
    ['nothing at all', ' ,。…', 0],
  ])('%s: %s → %i', (_rule, text, count) => {
    expect(countCharacters(text)).toBe(count);
  });
});
