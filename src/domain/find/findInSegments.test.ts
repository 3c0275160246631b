import { beforeAll, describe, expect, it } from 'vitest';
import { makeCharFold, type CharFold } from '../glossary/charFold';
import { emptyRichText } from '../model/richText';
import { plainTextToRichText } from '../model/richTextToPlainText';
import type { SegmentStatus } from '../model/segment';
import { loadScriptConverter } from '../script/convertScript';
import {
  compileQuery,
  findInSegment,
  planReplace,
  type CompiledFind,
  type FindField,
  type FindableSegment,
} from './findInSegments';
import { defaultFindOptions } from './findPattern';

let fold: CharFold;
beforeAll(async () => {
  fold = makeCharFold(await loadScriptConverter('zh-Hans'));
});

function segment(
  id: string,
  english: string,
  status: SegmentStatus,
  notes = '',
  source = '產業互聯網',
): FindableSegment {
  return {
    id,
    source,
    translation: english ? plainTextToRichText(english) : emptyRichText(),
    translationText: english,
    notes: notes ? plainTextToRichText(notes) : emptyRichText(),
    notesText: notes,
    status,
  };
}

function compiled(text: string, fields: FindField[], regularExpression = false): CompiledFind {
  const result = compileQuery(
    { text, options: { ...defaultFindOptions, regularExpression }, fields: new Set(fields) },
    fold,
  );
  if (!result.ok) throw new Error(result.reason);
  return result.find;
}

describe('finding in segments', () => {
  it('finds in the fields asked for, the source script-insensitively', () => {
    const one = segment('a', 'The Internet', 'draft', 'check Internet usage', '發展产业互聯網');
    expect(findInSegment(one, compiled('internet', ['translation']))).toEqual([
      { segmentId: 'a', field: 'translation', start: 4, end: 12 },
    ]);
    expect(findInSegment(one, compiled('internet', ['translation', 'notes'])).length).toBe(2);
    expect(findInSegment(one, compiled('產業互联网', ['source']))).toEqual([
      { segmentId: 'a', field: 'source', start: 2, end: 7 },
    ]);
    expect(findInSegment(one, compiled('產業互联网', ['translation', 'notes']))).toEqual([]);
  });
});

describe('planning a replacement in a segment', () => {
  it.each([
    ['untranslated', 'draft'],
    ['draft', undefined],
    ['translated', 'draft'],
    ['reviewed', 'draft'],
  ] as const)(
    'a %s segment whose English changes takes status %s (the edit rule)',
    (status, expected) => {
      const plan = planReplace(
        segment('a', 'The Internet', status),
        compiled('Internet', ['translation']),
        'internet',
      );
      expect(plan?.after.translationText).toBe('The internet');
      expect(plan?.after.status).toBe(expected);
      expect(plan?.before.status).toBe(status);
      expect(plan?.before.translationText).toBe('The Internet');
    },
  );

  it('never touches a "Do not translate" segment', () => {
    const dnt = segment('a', 'Internet', 'do-not-translate', 'Internet');
    expect(planReplace(dnt, compiled('Internet', ['translation', 'notes']), 'web')).toBeNull();
  });

  it('changes notes without changing the status, and never the source', () => {
    const one = segment('a', 'The Internet', 'translated', 'Internet?', 'Internet 互聯網');
    const plan = planReplace(one, compiled('Internet', ['notes', 'source']), 'web');
    expect(plan?.after).toEqual({ notes: plainTextToRichText('web?'), notesText: 'web?' });
    expect(plan?.replaced).toBe(1);
  });

  it('replaces only the one match asked for', () => {
    const one = segment('a', 'Internet and Internet', 'draft');
    const plan = planReplace(one, compiled('Internet', ['translation']), 'web', {
      field: 'translation',
      start: 13,
    });
    expect(plan?.after.translationText).toBe('Internet and web');
    expect(
      planReplace(one, compiled('Internet', ['translation']), 'web', {
        field: 'translation',
        start: 3,
      }),
    ).toBeNull();
  });

  it('returns nothing when the replacement changes nothing', () => {
    const one = segment('a', 'internet', 'translated');
    expect(planReplace(one, compiled('internet', ['translation']), 'internet')).toBeNull();
  });

  it('expands groups when the query is a regular expression', () => {
    const one = segment('a', 'In 2020', 'draft');
    expect(
      planReplace(one, compiled('(\\d+)', ['translation'], true), '<$1>')?.after.translationText,
    ).toBe('In <2020>');
  });
});
