import { glossaryEntry } from '../../../test/helpers/glossaryEntry';
import { qaSegment } from '../../../test/helpers/qaSegment';
import { beforeAll, describe, expect, it } from 'vitest';
import type { GlossaryEntry } from '../glossary/glossaryEntry';
import { loadScriptConverter } from '../script/convertScript';
import { checkWholeProject, WholeProjectChecker } from './checkWholeProject';
import { perSegmentChecks } from './checks';
import { packQaSegments, unpackQaSegments } from './packedSegments';
import type { QaSegment, SegmentCheck } from './types';

let toSimplified: (text: string) => string;
beforeAll(async () => {
  toSimplified = await loadScriptConverter('zh-Hans');
});

const segment = (index: number, source: string, translation: string): QaSegment =>
  qaSegment(source, translation, {
    id: `s${index}`,
    index,
    status: translation ? 'translated' : 'untranslated',
  });

const term = (id: string, source: string, targets: string[]) => glossaryEntry(id, source, targets);

/** The proposal's kind of segments: a number, a term, a tag from another tool, a repeat. */
const project: QaSegment[] = [
  segment(
    0,
    '2020年，數字經濟規模達到39.2萬億元。',
    'In 2020 the digital economy reached 39.2 trillion yuan.',
  ),
  segment(1, '推進產業互聯網發展。', 'Advance the industrial internet.'),
  segment(2, '推動七份書面建議。', 'Put forward six written proposals.'),
  {
    ...segment(3, '點擊這裡查看數字經濟。', 'Click here to see the economy.'),
    sourceCodes: ['pc:1', 'ec:1'],
    translationCodes: ['pc:1'],
    codeLabels: { 'pc:1': '<a>', 'ec:1': '</a>' },
  },
  segment(4, '推進產業互聯網發展。', 'Promote the industrial Internet.'),
  segment(5, '加快新型基礎設施建設。', ''),
];

const glossary = [
  term('g1', '数字经济', ['digital economy']),
  term('g2', '產業互聯網', ['industrial internet']),
];

/** Counts the segments a real check (numbers, dates…) is run on. */
function counted(checks: readonly SegmentCheck[]): { checks: SegmentCheck[]; runs: string[] } {
  const runs: string[] = [];
  return {
    runs,
    checks: checks.map((check) => ({
      id: check.id,
      check: (checked) => {
        if (check === checks[0]) runs.push(checked.id);
        return check.check(checked);
      },
    })),
  };
}

describe('a whole-project check that remembers its last run', () => {
  it('finds what a fresh check finds, run after run', () => {
    const checker = new WholeProjectChecker(toSimplified, perSegmentChecks);
    const fresh = checkWholeProject(project, glossary, toSimplified, perSegmentChecks);
    expect(fresh.flagged.length).toBeGreaterThan(0);
    expect(checker.check(project, glossary)).toEqual(fresh);
    expect(checker.check(project, glossary)).toEqual(fresh);
  });

  it('re-runs only the terminology check when the glossary changes', () => {
    const { checks, runs } = counted(perSegmentChecks);
    const checker = new WholeProjectChecker(toSimplified, checks);
    checker.check(project, []);
    expect(runs).toHaveLength(project.length);
    const withTerms = checker.check(project, glossary);
    expect(runs).toHaveLength(project.length);
    expect(withTerms).toEqual(checkWholeProject(project, glossary, toSimplified, perSegmentChecks));
    // The glossary's terms are missing from segments 3 and 4: terminology issues came in.
    const terminologyOf = (at: number) =>
      withTerms.terminology[withTerms.flagged.indexOf(at)]?.map((issue) => issue.key) ?? [];
    expect(terminologyOf(3)).toEqual(['terminology:s3:missing:g1']);
    expect(terminologyOf(4)).toEqual([]);
    // A term's English changed: checked again, still without the per-segment checks.
    const renamed = [
      glossary[0] as GlossaryEntry,
      term('g2', '產業互聯網', ['industrial Internet']),
    ];
    expect(checker.check(project, renamed)).toEqual(
      checkWholeProject(project, renamed, toSimplified, perSegmentChecks),
    );
    expect(runs).toHaveLength(project.length);
  });

  it('re-checks the segments changed since, and those only', () => {
    const { checks, runs } = counted(perSegmentChecks);
    const checker = new WholeProjectChecker(toSimplified, checks);
    checker.check(project, glossary);
    runs.length = 0;
    const edited = project.map((each) =>
      each.id === 's2'
        ? { ...each, translation: 'Put forward seven written proposals.' }
        : each.id === 's3'
          ? { ...each, translationCodes: ['pc:1', 'ec:1'] }
          : { ...each, index: each.index + 1 },
    );
    const result = checker.check(edited, glossary);
    expect(runs).toEqual(['s2', 's3']);
    expect(result).toEqual(checkWholeProject(edited, glossary, toSimplified, perSegmentChecks));
  });

  it('sees the inline codes of segments sent to a worker', () => {
    const sent = unpackQaSegments(structuredClone(packQaSegments(project)));
    expect(sent).toEqual(project);
    const issues = checkWholeProject(sent, [], toSimplified, perSegmentChecks);
    const own = issues.own[issues.flagged.indexOf(3)] ?? [];
    expect(own.map((issue) => issue.key)).toContain('inlineCodes:s3:missing:ec:1');
  });
});
