import { glossaryEntry } from '../../../test/helpers/glossaryEntry';
import { beforeAll, describe, expect, it } from 'vitest';
import { makeCharFold, type CharFold } from '../glossary/charFold';
import type { GlossaryEntry } from '../glossary/glossaryEntry';
import { TermMatcher } from '../glossary/TermMatcher';
import { loadScriptConverter } from '../script/convertScript';
import { makeComparisonKey } from './comparisonKey';
import { inlineCodesCheck } from './checks/inlineCodes';
import { QaEngine, type QaGlossary } from './QaEngine';
import type { QaIssue, QaSegment, SegmentCheck } from './types';

let fold: CharFold;
beforeAll(async () => {
  fold = makeCharFold(await loadScriptConverter('zh-Hans'));
});

function segment(index: number, source: string, translation: string): QaSegment {
  return {
    id: `s${index}`,
    index,
    kind: 'paragraph',
    status: translation ? 'translated' : 'untranslated',
    source,
    sentenceEnds: [source.length],
    translation,
  };
}

/** A real rule (Han characters left in the English), counting the segments it is run on. */
function hanLeftCheck(): SegmentCheck & { runs: string[] } {
  const runs: string[] = [];
  return {
    id: 'han',
    runs,
    check(segment) {
      runs.push(segment.id);
      const found = /\p{Script=Han}+/u.exec(segment.translation);
      if (!found) return [];
      return [
        {
          check: 'han',
          severity: 'error',
          segmentId: segment.id,
          key: `han:${segment.id}:${found[0]}`,
          message: 'qa.messages.han',
          params: { text: found[0] },
          ranges: [
            { field: 'translation', start: found.index, end: found.index + found[0].length },
          ],
        },
      ];
    },
  };
}

function engineWith(checks: SegmentCheck[] = [], glossary: QaGlossary | null = null) {
  return new QaEngine({ checks, comparisonKey: makeComparisonKey(fold), glossary });
}

const summary = (issues: readonly QaIssue[]) =>
  issues.map((issue) => `${issue.message} ${JSON.stringify(issue.params)}`);

const entry = glossaryEntry;

function glossaryOf(entries: GlossaryEntry[]): QaGlossary {
  const matcher = new TermMatcher(fold);
  matcher.setTerms(entries);
  return {
    findTerms: (text) => matcher.find(text),
    entriesById: new Map(entries.map((term) => [term.id, term])),
  };
}

describe('the consistency check', () => {
  it.each([
    // [sources, translations, segments warned]
    [['產業互聯網', '产业互联网。'], ['Industrial internet', 'Industrial Internet.'], []],
    [
      ['產業互聯網', '产业互联网。'],
      ['Industrial internet', 'Internet of industry'],
      [0, 1],
    ],
    [
      ['產業互聯網', '（产业互联网）'],
      ['Industrial internet', 'Internet of industry'],
      [0, 1],
    ],
    [['產業互聯網', '產業互聯網'], ['Industrial internet', ''], []],
    [
      ['數字經濟', '數位經濟'],
      ['digital economy', 'Digital economy'],
      [0, 1],
    ],
    [['數字經濟', '新基建'], ['digital economy', 'new infrastructure'], []],
  ])('%j translated as %j warns segments %j', (sources, translations, warned) => {
    const engine = engineWith();
    engine.load(sources.map((source, at) => segment(at, source, translations[at] ?? '')));
    const flagged = sources.flatMap((_, at) =>
      engine.issuesOf(`s${at}`).some((issue) => issue.check === 'consistency') ? [at] : [],
    );
    expect(flagged).toEqual(warned);
  });

  it('names the number of different translations, for the same source and the same English', () => {
    const engine = engineWith();
    engine.load([
      segment(0, '數字經濟', 'digital economy'),
      segment(1, '数字经济', 'the digital economy'),
      segment(2, '數位經濟', 'digital economy'),
    ]);
    expect(summary(engine.issuesOf('s0'))).toEqual([
      'qa.messages.consistency.sameSource {"count":2}',
      'qa.messages.consistency.sameEnglish {"count":2}',
    ]);
    expect(summary(engine.issuesOf('s1'))).toEqual([
      'qa.messages.consistency.sameSource {"count":2}',
    ]);
    expect(summary(engine.issuesOf('s2'))).toEqual([
      'qa.messages.consistency.sameEnglish {"count":2}',
    ]);
  });

  it('follows one segment joining and leaving a group, telling exactly whose issues changed', () => {
    const engine = engineWith();
    const segments = [
      segment(0, '產業互聯網', 'Industrial internet'),
      segment(1, '產業互聯網', 'Industrial internet'),
      segment(2, '產業互聯網', ''),
      segment(3, '數字經濟', 'Digital economy'),
    ];
    engine.load(segments);
    expect(engine.countsBy().total).toBe(0);
    // Typed a different English: the whole group now disagrees.
    expect([...engine.update(segment(2, '產業互聯網', 'I'))]).toEqual(['s0', 's1', 's2']);
    // More keys in the same segment: still two variants, nobody's issues change.
    expect([...engine.update(segment(2, '產業互聯網', 'Industrial'))]).toEqual([]);
    // Matching the others ends the disagreement.
    expect([...engine.update(segment(2, '產業互聯網', 'Industrial internet.'))].sort()).toEqual([
      's0',
      's1',
      's2',
    ]);
    expect(engine.countsBy().total).toBe(0);
    // The other group is never looked at.
    expect(engine.issuesOf('s3')).toEqual([]);
  });
});

describe('incremental checking', () => {
  it('says whether a whole project has been checked, so no issues is not claimed too early', () => {
    const engine = engineWith([hanLeftCheck()]);
    expect(engine.hasLoaded()).toBe(false);
    const step = engine.loadInSteps([segment(0, '第0段。', 'Paragraph 0.')]);
    expect(engine.hasLoaded()).toBe(false);
    expect(step(() => false)).toBe(true);
    expect(engine.hasLoaded()).toBe(true);
  });

  it('runs the per-segment checks of the changed segment only', () => {
    const check = hanLeftCheck();
    const engine = engineWith([check]);
    const segments = Array.from({ length: 1000 }, (_, at) =>
      segment(at, `第${at}段。`, `Paragraph ${at}.`),
    );
    engine.load(segments);
    expect(check.runs).toHaveLength(1000);
    check.runs.length = 0;
    const changed = engine.update(segment(500, '第500段。', 'Paragraph 段.'));
    expect(check.runs).toEqual(['s500']);
    expect([...changed]).toEqual(['s500']);
    expect(engine.issuesOf('s500')[0]?.ranges).toEqual([
      { field: 'translation', start: 10, end: 11 },
    ]);
    // The same segment object again, or a change of nothing checked: no work, nothing changed.
    expect([...engine.update(segment(500, '第500段。', 'Paragraph 段.'))]).toEqual([]);
    expect(engine.issuesOf('s500')).toHaveLength(1);
  });

  it('re-checks a segment whose inline codes change while its text does not', () => {
    const engine = engineWith([inlineCodesCheck]);
    const linked = {
      ...segment(0, '點擊這裡。', 'Click here.'),
      sourceCodes: ['pc:1', 'ec:1'],
      translationCodes: ['pc:1'],
      codeLabels: { 'pc:1': '<a>', 'ec:1': '</a>' },
    };
    engine.load([linked]);
    expect(summary(engine.issuesOf('s0'))).toEqual([
      'qa.messages.inlineCodes.missing {"code":"</a>"}',
    ]);
    // The translator puts the missing tag in: the codes change, the text (codes count as
    // nothing in it) does not.
    expect([...engine.update({ ...linked, translationCodes: ['pc:1', 'ec:1'] })]).toEqual(['s0']);
    expect(engine.issuesOf('s0')).toEqual([]);
  });

  it('keeps an issue list’s identity while it does not change, so rows do not re-render', () => {
    const engine = engineWith([hanLeftCheck()]);
    engine.load([segment(0, '一', 'one 一'), segment(1, '二', 'two')]);
    const before = engine.issuesOf('s0');
    engine.update(segment(1, '二', 'two.'));
    expect(engine.issuesOf('s0')).toBe(before);
  });

  it('gives the same issues from a worker’s precomputed run as from its own', () => {
    const glossary = glossaryOf([entry('e1', '數字經濟', ['digital economy'], 'preferred')]);
    const segments = [
      segment(0, '数字经济很重要。', 'The online economy matters 很.'),
      segment(1, '數字經濟很重要。', 'The digital economy matters.'),
    ];
    const direct = engineWith([hanLeftCheck()], glossary);
    direct.load(segments);
    const worker = engineWith([hanLeftCheck()], glossary);
    const loaded = engineWith([hanLeftCheck()], glossary);
    loaded.load(segments, worker.precompute(segments));
    expect(loaded.list(100)).toEqual(direct.list(100));
    expect(loaded.list(100).length).toBeGreaterThan(0);
  });

  it('takes over a worker’s run in steps, keeping the previous issues until the last one', () => {
    const segments = Array.from({ length: 1000 }, (_, at) =>
      segment(at, `第${at}段`, at % 100 === 3 ? `中 ${at}` : `x${at}`),
    );
    const engine = engineWith([hanLeftCheck()]);
    engine.load(
      segments.map((at) => ({ ...at, translation: at.index === 0 ? '舊 0' : `y${at.index}` })),
    );
    expect(engine.list(100).map((listed) => listed.number)).toEqual([1]);
    let heard = 0;
    engine.subscribe(() => (heard += 1));

    const step = engine.loadInSteps(segments, engineWith([hanLeftCheck()]).precompute(segments));
    let steps = 0;
    // Yield as soon as asked: one slice of segments per step.
    while (!step(() => true)) {
      steps += 1;
      expect(engine.list(100).map((listed) => listed.number)).toEqual([1]);
      expect(heard).toBe(0);
    }
    expect(steps).toBeGreaterThan(3);
    expect(heard).toBe(1);
    const direct = engineWith([hanLeftCheck()]);
    direct.load(segments);
    expect(engine.list(100)).toEqual(direct.list(100));
    expect(engine.list(100).map((listed) => listed.number)).toEqual([
      4, 104, 204, 304, 404, 504, 604, 704, 804, 904,
    ]);
  });

  it('warms up for a segment by running its checks, and keeps nothing of them', () => {
    const check = hanLeftCheck();
    const glossary = glossaryOf([entry('e1', '數字經濟', ['digital economy'], 'preferred')]);
    const engine = engineWith([check], glossary);
    engine.load([segment(0, '數字經濟很重要。', 'Digital economy matters.'), segment(1, '二', '')]);
    let heard = 0;
    engine.subscribe(() => (heard += 1));
    engine.subscribeSegment('s1', () => (heard += 1));
    const listed = engine.list(100);
    const version = engine.getVersion();
    check.runs.length = 0;
    // The English a first keystroke would give segment 2, with a Han character and no term.
    engine.warmUp(segment(1, '數字經濟二', 'The 二'));
    expect(check.runs).toEqual(['s1', 's1']);
    expect(heard).toBe(0);
    expect(engine.getVersion()).toBe(version);
    expect(engine.issuesOf('s1')).toEqual([]);
    expect(engine.list(100)).toEqual(listed);
    // The segment's real change is then checked as before.
    engine.update(segment(1, '數字經濟二', 'The 二'));
    expect(summary(engine.issuesOf('s1'))).toEqual([
      'qa.messages.han {"text":"二"}',
      'qa.messages.terminology.missing {"source":"數字經濟","expected":"digital economy"}',
    ]);
  });

  it('lists issues in document order and finds the next and previous flagged segment', () => {
    const engine = engineWith([hanLeftCheck()]);
    engine.load(
      Array.from({ length: 10 }, (_, at) =>
        segment(at, `第${at}段`, at === 3 || at === 7 ? `中 ${at}` : `x${at}`),
      ),
    );
    expect(engine.list(10).map((listed) => listed.number)).toEqual([4, 8]);
    expect(engine.nextFlagged(0, 1)).toBe('s3');
    expect(engine.nextFlagged(3, 1)).toBe('s7');
    expect(engine.nextFlagged(7, 1)).toBe('s3');
    expect(engine.nextFlagged(7, -1)).toBe('s3');
    expect(engine.nextFlagged(3, -1)).toBe('s7');
    expect(engine.countsBy().byCheck.get('han:error')).toBe(2);
  });
});

describe('the terminology check, as quality issues', () => {
  const glossary = () =>
    glossaryOf([
      entry('e1', '数字经济', ['digital economy'], 'preferred'),
      entry('e2', '數字經濟', ['cyber economy'], 'forbidden'),
      entry('e3', '互聯網', ['internet'], 'admitted'),
    ]);

  it.each([
    ['數字經濟是動力。', 'The digital economy drives it.', []],
    [
      '數字經濟是動力。',
      'The online economy drives it.',
      ['qa.messages.terminology.missing {"source":"数字经济","expected":"digital economy"}'],
    ],
    [
      '数字经济是动力。',
      'The cyber economy drives it.',
      [
        'qa.messages.terminology.missing {"source":"数字经济","expected":"digital economy"}',
        'qa.messages.terminology.forbidden {"source":"數字經濟","used":"cyber economy"}',
      ],
    ],
    ['互联网企业', 'Internet firms', []],
    ['互联网企业', '', []],
  ])('%s → %s', (source, translation, expected) => {
    const engine = engineWith([], glossary());
    engine.load([segment(0, source, translation)]);
    expect(summary(engine.issuesOf('s0'))).toEqual(expected);
  });

  it('marks the term in the source and a forbidden term in the English', () => {
    const engine = engineWith([], glossary());
    engine.load([segment(0, '發展數字經濟。', 'Develop the cyber economy.')]);
    const [missing, forbidden] = engine.issuesOf('s0');
    expect(missing?.ranges).toEqual([{ field: 'source', start: 2, end: 6 }]);
    expect(forbidden?.severity).toBe('error');
    expect(forbidden?.ranges).toEqual([
      { field: 'source', start: 2, end: 6 },
      { field: 'translation', start: 12, end: 25 },
    ]);
  });
});

describe('ignoring issues and switching checks off', () => {
  it('keeps an ignore through edits elsewhere in the segment, and counts only what shows', () => {
    const engine = engineWith([hanLeftCheck()]);
    engine.load([segment(0, '一', 'one 一'), segment(1, '二', 'two 二')]);
    const key = engine.issuesOf('s0')[0]?.key ?? '';
    expect(key).toBe('han:s0:一');
    engine.setFilter({ ignored: new Set([key]), disabled: new Set() });
    expect(engine.issuesOf('s0')).toEqual([]);
    expect(engine.countsBy().total).toBe(1);
    expect(engine.ignoredIssues(10).map((listed) => listed.issue.key)).toEqual([key]);
    // Text added before the finding moves its range, not its key: it stays ignored.
    engine.update(segment(0, '一', 'First, one 一'));
    expect(engine.issuesOf('s0')).toEqual([]);
    engine.setFilter({ ignored: new Set(), disabled: new Set(['han']) });
    expect(engine.countsBy().total).toBe(0);
    expect(engine.nextFlagged(0, 1)).toBeNull();
    engine.setFilter({ ignored: new Set(), disabled: new Set() });
    expect(engine.countsBy().total).toBe(2);
  });
});
