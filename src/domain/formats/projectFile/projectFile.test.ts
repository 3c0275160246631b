import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../../test/helpers/sampleDocument';
import type { Segment } from '../../model/segment';
import { readProjectFile, writeProjectFile } from './projectFile';

const awkwardText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('& < > " \'', '😀👩‍👩‍👧', '產業互聯網', '\u202Eevil\u202C', '', '\u200B'),
);

describe('the project file', () => {
  it('round-trips a project', () => {
    expect(readProjectFile(writeProjectFile(sampleDocument))).toEqual({
      ok: true,
      document: sampleDocument,
    });
  });

  it('round-trips any text in translations and notes', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(awkwardText, awkwardText), { maxLength: 5 }), (texts) => {
        const segments: Segment[] = texts.map(([translation, notes], index) => ({
          ...(sampleDocument.segments[1] as Segment),
          id: `s${index}`,
          order: index,
          translation: {
            type: 'doc',
            content: [
              translation
                ? { type: 'paragraph', content: [{ type: 'text', text: translation }] }
                : { type: 'paragraph' },
            ],
          },
          translationText: translation,
          notes: {
            type: 'doc',
            content: [
              notes
                ? { type: 'paragraph', content: [{ type: 'text', text: notes }] }
                : { type: 'paragraph' },
            ],
          },
          notesText: notes,
        }));
        const document = {
          ...sampleDocument,
          segments,
          project: { ...sampleDocument.project, segmentCount: segments.length },
        };
        expect(readProjectFile(writeProjectFile(document))).toEqual({ ok: true, document });
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['not JSON', '{', 'notJson'],
    ['another JSON file', '{"name":"x"}', 'notProjectFile'],
    ['a newer version', '{"format":"bilingual-workspace-project","version":99}', 'newerVersion'],
  ])('rejects %s', (_name, text, code) => {
    const result = readProjectFile(text);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.code).toBe(code);
  });

  it('names the first bad field', () => {
    const data = JSON.parse(writeProjectFile(sampleDocument)) as { segments: { status: string }[] };
    (data.segments[1] as { status: string }).status = 'approved';
    expect(readProjectFile(JSON.stringify(data))).toEqual({
      ok: false,
      problem: { code: 'invalid', path: 'segments[1].status' },
    });
  });
});

describe('restoring rich text', () => {
  it('drops empty text nodes, which the editor cannot load', () => {
    const data = JSON.parse(writeProjectFile(sampleDocument)) as {
      segments: { translation: { content: { content?: unknown[] }[] } }[];
    };
    data.segments[0]?.translation.content[0]?.content?.push({ type: 'text', text: '' });
    const read = readProjectFile(JSON.stringify(data));
    expect(read.ok && read.document.segments[0]?.translation).toEqual(
      sampleDocument.segments[0]?.translation,
    );
  });
});
