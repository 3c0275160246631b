import { describe, expect, it } from 'vitest';
import { ProgressTally, type TalliedSegment } from './progressTally';
import { countWords } from './translationProgress';

const title: TalliedSegment = {
  source: '關于“產業互聯網”,馬化騰兩會建議了啥?',
  status: 'translated',
  translationText: 'What did Pony Ma propose on the “industrial internet”?',
};
const second: TalliedSegment = {
  source: '2020兩會在即,全國人大代表、騰訊董事會主席',
  status: 'untranslated',
  translationText: '',
};

describe('ProgressTally', () => {
  it('agrees with a full recount after every edit', () => {
    const segments = [title, second];
    const tally = new ProgressTally(segments);
    const edits: [number, Partial<TalliedSegment>][] = [
      [1, { translationText: 'The Two Sessions are near', status: 'draft' }],
      [1, { status: 'translated' }],
      [0, { status: 'do-not-translate' }],
      [1, { translationText: '', status: 'untranslated' }],
    ];
    for (const [index, patch] of edits) {
      const before = segments[index];
      if (!before) throw new Error(`no segment ${index}`);
      const after = { ...before, ...patch };
      segments[index] = after;
      tally.replace(before, after);
      const figures = tally.figures();
      const expected = new ProgressTally(segments).figures();
      expect(figures.percent).toBe(expected.percent);
      expect(figures.doneCharacters).toBe(expected.doneCharacters);
      expect(figures.englishWords).toBe(
        segments.reduce((sum, segment) => sum + countWords(segment.translationText), 0),
      );
    }
  });

  it('counts segments, characters and words per status', () => {
    const figures = new ProgressTally([title, second]).figures();
    expect(figures.byStatus.translated).toEqual({ segments: 1, characters: 16, words: 9 });
    expect(figures.byStatus.untranslated.segments).toBe(1);
    expect(figures.segments).toBe(2);
  });

  it('keeps the same figures object when nothing counted changed', () => {
    const tally = new ProgressTally([second]);
    const before = tally.figures();
    expect(tally.replace(second, { ...second })).toBe(false);
    expect(tally.replace(second, { ...second, translationText: 'Two' })).toBe(true);
    expect(tally.figures()).not.toBe(before);
  });
});
