import { beforeAll, describe, expect, it } from 'vitest';
import { foldText, makeCharFold, type CharFold } from '../glossary/charFold';
import type { SegmentStatus } from '../model/segment';
import { loadScriptConverter } from '../script/convertScript';
import {
  FilteredSegments,
  filterPredicate,
  isFilterOn,
  type FilterableSegment,
  type FilterInputs,
  type SegmentFilter,
} from './segmentFilter';

let fold: CharFold;
beforeAll(async () => {
  fold = makeCharFold(await loadScriptConverter('zh-Hans'));
});

const rows: FilterableSegment[] = [
  { id: 's1', source: '產業互聯網', translationText: '', status: 'untranslated' },
  { id: 's2', source: '數字經濟', translationText: 'The Digital Economy', status: 'draft' },
  { id: 's3', source: '騰訊董事會', translationText: 'Tencent board', status: 'translated' },
  { id: 's4', source: '云計算', translationText: 'cloud computing', status: 'reviewed' },
  { id: 's5', source: 'AI', translationText: '', status: 'do-not-translate' },
];

function inputs(): FilterInputs {
  return {
    qualityIssueSegmentIds: new Set(['s3']),
    glossarySegmentIds: new Set(['s1', 's4']),
    fold,
    foldedSource: (segment) => foldText(segment.source, fold),
  };
}

const shown = (filter: SegmentFilter) =>
  rows.filter(filterPredicate(filter, inputs())).map((row) => row.id);

describe('segment filters', () => {
  it.each([
    [{ kind: 'all', text: '' }, ['s1', 's2', 's3', 's4', 's5']],
    [{ kind: 'untranslated', text: '' }, ['s1']],
    [{ kind: 'draft', text: '' }, ['s2']],
    [{ kind: 'translated', text: '' }, ['s3']],
    [{ kind: 'reviewed', text: '' }, ['s4']],
    [{ kind: 'qualityIssues', text: '' }, ['s3']],
    [{ kind: 'glossaryTerm', text: '' }, ['s1', 's4']],
    [{ kind: 'all', text: '产业互联网' }, ['s1']],
    [{ kind: 'all', text: '  數字  ' }, ['s2']],
    [{ kind: 'all', text: 'digital' }, ['s2']],
    [{ kind: 'all', text: 'TENCENT' }, ['s3']],
    [{ kind: 'all', text: '腾讯' }, ['s3']],
    [{ kind: 'all', text: 'ai' }, ['s5']],
    [{ kind: 'reviewed', text: '云计算' }, ['s4']],
    [{ kind: 'draft', text: 'cloud' }, []],
  ] as const)('%j shows %j', (filter, expected) => {
    expect(shown(filter)).toEqual(expected);
  });

  it('is on with a kind or a text', () => {
    expect(isFilterOn({ kind: 'all', text: ' ' })).toBe(false);
    expect(isFilterOn({ kind: 'draft', text: '' })).toBe(true);
    expect(isFilterOn({ kind: 'all', text: 'x' })).toBe(true);
  });
});

describe('the filtered list, kept up to date one segment at a time', () => {
  function project() {
    const byId = new Map(rows.map((row) => [row.id, { ...row }]));
    const ids = rows.map((row) => row.id);
    const setStatus = (id: string, status: SegmentStatus) => {
      const row = byId.get(id);
      if (row) byId.set(id, { ...row, status });
    };
    return {
      setStatus,
      source: { ids, get: (id: string) => byId.get(id), indexOf: (id: string) => ids.indexOf(id) },
    };
  }
  const untranslated = (segment: FilterableSegment) => segment.status === 'untranslated';

  it('adds and removes a segment as its status changes', () => {
    const { setStatus, source } = project();
    const list = new FilteredSegments(source, untranslated);
    expect(list.visible()).toEqual([0]);
    setStatus('s3', 'untranslated');
    expect(list.update('s3')).toBe(true);
    expect(list.visible()).toEqual([0, 2]);
    expect(list.positionOf(2)).toBe(1);
    expect(list.positionOf(1)).toBe(-1);
    const before = list.visible();
    expect(list.update('s2')).toBe(false);
    expect(list.visible()).toBe(before);
  });

  it('keeps the held segment until the translator moves on', () => {
    const { setStatus, source } = project();
    const list = new FilteredSegments(source, untranslated, 's1');
    setStatus('s1', 'translated');
    expect(list.update('s1')).toBe(false);
    expect(list.visible()).toEqual([0]);
    // Moving to a segment the filter leaves out holds that one instead; the confirmed one goes.
    expect(list.hold('s4')).toBe(true);
    expect(list.visible()).toEqual([3]);
    expect(list.hold(null)).toBe(true);
    expect(list.visible()).toEqual([]);
  });
});
