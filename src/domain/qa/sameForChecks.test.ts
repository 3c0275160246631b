import { describe, expect, it } from 'vitest';
import { sameForChecks } from './sameForChecks';
import type { QaSegment } from './types';

const base: QaSegment = {
  id: 's1',
  index: 0,
  kind: 'paragraph',
  status: 'translated',
  source: '點擊這裡。',
  sentenceEnds: [5],
  translation: 'Click here.',
  sourceCodes: ['pc:1', 'ec:1'],
  translationCodes: ['pc:1', 'ec:1'],
  codeLabels: { 'pc:1': '<a>', 'ec:1': '</a>' },
};

describe('whether the checks would find the same in a segment', () => {
  it.each<[string, Partial<QaSegment>, boolean]>([
    ['a copy, as a worker receives it', structuredClone(base), true],
    ['another place in the document', { index: 7 }, true],
    ['the English edited', { translation: 'Click here!' }, false],
    ['the source edited', { source: '點擊此處。' }, false],
    ['confirmed', { status: 'reviewed' }, false],
    ['made a heading', { kind: 'heading' }, false],
    ['split into two sentences', { sentenceEnds: [2, 5] }, false],
    ['a tag taken out of the English', { translationCodes: ['pc:1'] }, false],
    ['no codes at all', { sourceCodes: undefined, translationCodes: undefined }, false],
    ['a tag shown differently', { codeLabels: { 'pc:1': '<b>', 'ec:1': '</a>' } }, false],
    ['a label fewer', { codeLabels: { 'pc:1': '<a>' } }, false],
  ])('%s', (_, change, same) => {
    expect(sameForChecks(base, { ...base, ...change })).toBe(same);
  });

  it('treats missing codes and empty codes alike', () => {
    const plain: QaSegment = {
      ...base,
      sourceCodes: undefined,
      translationCodes: undefined,
      codeLabels: undefined,
    };
    expect(
      sameForChecks(plain, { ...plain, sourceCodes: [], translationCodes: [], codeLabels: {} }),
    ).toBe(true);
  });
});
