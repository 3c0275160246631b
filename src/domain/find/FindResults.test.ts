import { describe, expect, it } from 'vitest';
import { emptyRichText } from '../model/richText';
import { plainTextToRichText } from '../model/richTextToPlainText';
import { FindResults } from './FindResults';
import { compileQuery, type FindableSegment } from './findInSegments';
import { defaultFindOptions } from './findPattern';

function project(texts: string[]) {
  const byId = new Map<string, FindableSegment>(
    texts.map((text, index) => [
      `s${index + 1}`,
      {
        id: `s${index + 1}`,
        source: '互聯網',
        translation: plainTextToRichText(text),
        translationText: text,
        notes: emptyRichText(),
        notesText: '',
        status: 'draft',
      },
    ]),
  );
  const ids = [...byId.keys()];
  return {
    byId,
    source: { ids, get: (id: string) => byId.get(id), indexOf: (id: string) => ids.indexOf(id) },
  };
}

function compiled(text: string) {
  const result = compileQuery(
    { text, options: defaultFindOptions, fields: new Set(['translation'] as const) },
    null,
  );
  if (!result.ok) throw new Error(result.reason);
  return result.find;
}

describe('FindResults', () => {
  it('lists hits in document order with their segment positions, and follows edits', () => {
    const { byId, source } = project(['Internet', 'cloud', 'an Internet, the Internet']);
    const results = new FindResults(source, compiled('internet'));
    expect(results.total).toBe(3);
    expect(results.segmentCount).toBe(2);
    expect(results.first(2).map((hit) => [hit.index, hit.start])).toEqual([
      [0, 0],
      [2, 3],
    ]);
    const s2 = byId.get('s2');
    if (s2) byId.set('s2', { ...s2, translationText: 'cloud internet' });
    expect(results.update('s2')).toBe(true);
    expect(results.segmentIds()).toEqual(['s1', 's2', 's3']);
    expect(results.update('s2')).toBe(false);
    const s1 = byId.get('s1');
    if (s1) byId.set('s1', { ...s1, translationText: 'web' });
    results.update('s1');
    expect(results.total).toBe(3);
    expect(results.segmentIds()).toEqual(['s2', 's3']);
  });
});
