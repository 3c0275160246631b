import { describe, expect, it } from 'vitest';
import { newComment } from '../domain/comments/sourceComment';
import { plainTextToRichText } from '../domain/model/richTextToPlainText';
import type { Segment } from '../domain/model/segment';
import { keepingMine } from './conflicts';

const mine: Segment = {
  id: 's2',
  projectId: 'p',
  order: 1,
  kind: 'paragraph',
  source: '第一段。',
  readings: [],
  sentenceEnds: [4],
  translation: plainTextToRichText('Mine'),
  translationText: 'Mine',
  notes: plainTextToRichText('My note'),
  notesText: 'My note',
  status: 'translated',
  updatedAt: 5,
};

describe('what “Keep mine” writes over the other tab’s version', () => {
  it('writes the translation, notes and status, and leaves the rest as stored', () => {
    expect(keepingMine({ ...mine, fill: null })).toEqual({
      translation: mine.translation,
      translationText: 'Mine',
      notes: mine.notes,
      notesText: 'My note',
      status: 'translated',
    });
  });

  it('writes this tab’s queries about the source too, when it has any', () => {
    const comment = newComment(mine.source, { offset: 0, length: 2 }, 'Which paragraph?', '', 1);
    expect(keepingMine({ ...mine, comments: [comment] }).comments).toEqual([comment]);
  });
});
