import type { RichTextDoc, RichTextFootnote } from '../../src/domain/model/richText';
import type { ProjectDocument } from '../../src/domain/project/projectDocument';
import { sampleDocument } from './sampleDocument';

export const twoSessionsNote: RichTextDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'The Two Sessions', marks: [{ type: 'italic' }] },
        { type: 'text', text: ': the annual plenary sessions of the NPC & CPPCC' },
      ],
    },
  ],
};

const secondNote: RichTextDoc = {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'Pony Ma', marks: [{ type: 'bold' }] }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'Chairman of Tencent.' }] },
  ],
};

export const footnote = (note: RichTextDoc): RichTextFootnote => ({
  type: 'footnote',
  attrs: { note },
});

/**
 * The sample with translator's notes from the proposal: one after "Two Sessions" in the heading
 * (segment 1), two in segment 2 (the second with two paragraphs), in reading order 1, 2, 3.
 */
export const footnoteDocument: ProjectDocument = {
  ...sampleDocument,
  segments: sampleDocument.segments.map((segment) => {
    if (segment.id === 's1')
      return {
        ...segment,
        source: '馬化騰兩會建議',
        translation: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Pony Ma’s proposals to the Two Sessions' },
                footnote(twoSessionsNote),
              ],
            },
          ],
        },
        translationText: 'Pony Ma’s proposals to the Two Sessions',
      };
    if (segment.id === 's2')
      return {
        ...segment,
        translation: {
          type: 'doc',
          content: [
            {
              type: 'paragraph',
              content: [
                { type: 'text', text: 'Ma Huateng', marks: [{ type: 'bold' }] },
                footnote(secondNote),
                { type: 'text', text: ' plans seven proposals' },
                footnote({ type: 'doc', content: [{ type: 'paragraph' }] }),
                { type: 'text', text: '.' },
              ],
            },
          ],
        },
        translationText: 'Ma Huateng plans seven proposals.',
        status: 'translated',
      };
    return segment;
  }),
};
