import { describe, expect, it } from 'vitest';
import { resources } from '../../../../test/helpers/locales';
import { qaSegment } from '../../../../test/helpers/qaSegment';
import type { QaIssue } from '../types';
import { perSegmentCheckIds } from '../checkIds';
import { perSegmentChecks } from './index';

/** Segments that between them raise every message the checks have. */
const faulty = [
  qaSegment('七份建議', 'six proposals'),
  qaSegment('七份建議', 'the proposals'),
  qaSegment('2023年6月15日', 'On 15 July 2023'),
  qaSegment('2023年6月15日', 'Last summer'),
  qaSegment('數字經濟。', ' The 數字  economy，the the (Ｅconomy '),
  qaSegment('數字經濟?', 'The digital economy.'),
  qaSegment('制定國家戰略', 'Formulating a National Strategy.', { kind: 'heading' }),
  qaSegment('數字經濟。', '', { status: 'reviewed' }),
  qaSegment('數字經濟。', '數字經濟。'),
  qaSegment('是動力。是抓手。', 'It is a driving force.'),
  qaSegment('點擊這裏', 'Click here', { sourceCodes: ['ph:1'], translationCodes: ['ph:2'] }),
];

const issues: QaIssue[] = faulty.flatMap((segment) =>
  perSegmentChecks.flatMap((check) => check.check(segment)),
);

function lookup(tree: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], tree);
}

describe('perSegmentChecks', () => {
  it('are the numbers, dates, punctuation, completeness and inline-codes checks', () => {
    expect(perSegmentChecks.map((check) => check.id)).toEqual([
      'numbers',
      'dates',
      'punctuation',
      'completeness',
      'inlineCodes',
    ]);
  });

  it('raise only messages every interface language has, naming the check that raised them', () => {
    const messages = new Set(issues.map((issue) => issue.message));
    expect(messages.size).toBe(20);
    for (const issue of issues) {
      expect(issue.message.startsWith(`qa.messages.${issue.check}.`)).toBe(true);
      for (const language of ['en', 'zh-Hans', 'zh-Hant'] as const) {
        const text = lookup(resources[language].translation, issue.message);
        expect(typeof text, `${language} ${issue.message}`).toBe('string');
        // Every placeholder of the message has its parameter.
        for (const [, name] of String(text).matchAll(/{{(\w+)}}/g))
          expect(issue.params, `${issue.message} {{${name}}}`).toHaveProperty(name ?? '');
      }
    }
  });
});

describe('the per-segment checks’ ids', () => {
  it('are listed for the panel in the checks’ own order', () => {
    expect(perSegmentChecks.map((check) => check.id)).toEqual(perSegmentCheckIds);
  });
});
