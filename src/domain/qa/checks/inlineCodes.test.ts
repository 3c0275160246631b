import { describe, expect, it } from 'vitest';
import { qaSegment } from '../../../../test/helpers/qaSegment';
import type { QaSegment } from '../types';
import { inlineCodesCheck } from './inlineCodes';

const check = (
  sourceCodes: string[],
  translationCodes: string[],
  english = 'Click here, items',
  overrides: Partial<QaSegment> = {},
) =>
  inlineCodesCheck
    .check(
      qaSegment('點擊這裏，項', english, {
        sourceCodes,
        translationCodes,
        codeLabels: { 'pc-open:1': '<a>', 'pc-close:1': '</a>', 'ph:2': '{0}' },
        ...overrides,
      }),
    )
    .map((issue) => [issue.severity, issue.message, issue.params.code, issue.key]);

const link = ['pc-open:1', 'pc-close:1', 'ph:2'];

describe('inline codes check', () => {
  it.each([
    ['no codes on either side', [], []],
    ['every code, in the source order', link, link],
    ['every code, moved elsewhere in the English', link, ['ph:2', 'pc-open:1', 'pc-close:1']],
  ])('raises nothing with %s', (_, source, target) => {
    expect(check(source, target)).toEqual([]);
  });

  it.each([
    [
      'a placeholder left out',
      link,
      ['pc-open:1', 'pc-close:1'],
      [['error', 'qa.messages.inlineCodes.missing', '{0}', 'inlineCodes:seg:missing:ph:2']],
    ],
    [
      'the closing half of a pair left out',
      link,
      ['pc-open:1', 'ph:2'],
      [['error', 'qa.messages.inlineCodes.missing', '</a>', 'inlineCodes:seg:missing:pc-close:1']],
    ],
    [
      'a placeholder inserted twice',
      link,
      [...link, 'ph:2'],
      [['error', 'qa.messages.inlineCodes.extra', '{0}', 'inlineCodes:seg:extra:ph:2']],
    ],
    [
      'a code the source does not have',
      ['ph:2'],
      ['ph:2', 'ph:9'],
      [['error', 'qa.messages.inlineCodes.extra', 'ph:9', 'inlineCodes:seg:extra:ph:9']],
    ],
    [
      'every code missing',
      ['ph:2'],
      [],
      [['error', 'qa.messages.inlineCodes.missing', '{0}', 'inlineCodes:seg:missing:ph:2']],
    ],
  ])('flags %s as an error', (_, source, target, expected) => {
    expect(check(source, target)).toEqual(expected);
  });

  it('leaves empty English and "Do not translate" segments to the other checks', () => {
    expect(check(link, [], '')).toEqual([]);
    expect(check(link, [], 'Click here', { status: 'do-not-translate' })).toEqual([]);
  });
});
