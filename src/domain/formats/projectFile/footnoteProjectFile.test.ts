import { describe, expect, it } from 'vitest';
import { footnoteDocument } from '../../../../test/helpers/footnoteDocument';
import { readProjectFile, writeProjectFile } from './projectFile';

describe("translator's notes in the project file", () => {
  it('are kept, note and place', () => {
    const read = readProjectFile(writeProjectFile(footnoteDocument));
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.document.segments.map((segment) => segment.translation)).toEqual(
      footnoteDocument.segments.map((segment) => segment.translation),
    );
  });

  const path = 'segments[0].translation.content[0].content[1]';
  it.each([
    ['without attributes', '"attrs":{"note":', '"attrz":{"note":', `${path}.attrs`],
    [
      'with a note that is not rich text',
      '"attrs":{"note":{"type":"doc"',
      '"attrs":{"note":{"type":"dot"',
      `${path}.attrs.note.type`,
    ],
  ])('refuse a reference %s, naming the field', (_case, from, to, expected) => {
    const text = writeProjectFile(footnoteDocument).replace(/\s+/g, ' ');
    const compact = JSON.stringify(JSON.parse(text));
    const broken = compact.replace(from, to);
    expect(broken).not.toBe(compact);
    expect(readProjectFile(broken)).toEqual({
      ok: false,
      problem: { code: 'invalid', path: expected },
    });
  });

  it('refuses a note holding a note of its own', () => {
    const nested = structuredClone(footnoteDocument);
    const reference = nested.segments[0]?.translation.content[0]?.content?.[1];
    if (reference?.type !== 'footnote') throw new Error('the sample has a note there');
    reference.attrs.note.content[0]?.content?.push({
      type: 'footnote',
      attrs: { note: { type: 'doc', content: [{ type: 'paragraph' }] } },
    });
    expect(readProjectFile(writeProjectFile(nested))).toEqual({
      ok: false,
      problem: { code: 'invalid', path: `${path}.attrs.note.content[0].content[2]` },
    });
  });
});
