import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { footnote } from '../../../test/helpers/footnoteDocument';
import { sampleProject } from '../../../test/helpers/sampleProject';
import { freshDb } from '../../../test/helpers/testDb';
import { endnotesHtml } from '../../domain/formats/publication/publicationFootnotes';
import type { UntranslatedPolicy } from '../../domain/formats/publication/publishableSegments';
import { paragraphToHtml } from '../../domain/formats/publication/richTextToHtml';
import { writeHtmlBody } from '../../domain/formats/publication/writeHtml';
import type { Project } from '../../domain/model/project';
import type { RichTextInline } from '../../domain/model/richText';
import type { SegmentPatch } from '../../storage/repositories/segments';
import { plainTextToRichText } from '../../domain/model/richTextToPlainText';
import type { WorkspaceDb } from '../../storage/db';
import { createProject, getProject } from '../../storage/repositories/projects';
import { SegmentStore } from '../../storage/segmentStore';
import { endnotesBlockId, previewMaxWaitMs, PublicationPreview } from './PublicationPreview';

/**
 * The Preview kept one segment at a time stays what the HTML export writes, notes and their
 * numbers included, after each edit; typing in a segment with a note re-serialises that block
 * (and the endnotes when the note changed), never the publication.
 */

let db: WorkspaceDb;
let store: SegmentStore;
let project: Project;

beforeEach(async () => {
  db = freshDb();
  const created = await createProject(
    db,
    sampleProject(['標題', '第一段。', '第二段。', '第三段。', '第四段。']),
  );
  store = await SegmentStore.open(db, created.id);
  project = (await getProject(db, created.id)) ?? created;
  // Only the Preview's pause before it follows (and the store's save timer) are faked.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
});

afterEach(async () => {
  vi.useRealTimers();
  await store.flush();
  store.close();
  db.close();
});

/** English with a note after it for each of `notes`. */
function english(
  words: string,
  notes: string[] = [],
  status: 'translated' | 'draft' = 'translated',
) {
  const content: RichTextInline[] = [
    { type: 'text', text: words },
    ...notes.map((text) => footnote(plainTextToRichText(text))),
  ];
  return {
    translation: { type: 'doc' as const, content: [{ type: 'paragraph' as const, content }] },
    translationText: words,
    status,
  } satisfies SegmentPatch;
}

/** The publication as the export writes it now: each block's HTML, then the endnotes. */
function exported(policy: UntranslatedPolicy): string[] {
  const document = { project, segments: store.currentSegments(), glossary: [] };
  const { blocks, footnotes } = writeHtmlBody(document, policy, '[missing]');
  const endnotes = endnotesHtml(footnotes, (paragraph) => paragraphToHtml(paragraph)).trim();
  return [...blocks.map((block) => block.html), ...(endnotes ? [endnotes] : [])];
}

/** "n: note" for each reference the reader meets, in order, with its endnote's text. */
function readerSees(html: string): string[] {
  const definitions = new Map(
    [...html.matchAll(/<li id="fn(\d+)"><p>(.*?) <a href="#fnref\1"/g)].map(
      (m) => [m[1] ?? '', m[2] ?? ''] as const,
    ),
  );
  return [...html.matchAll(/<a href="#fn(\d+)" id="fnref\1"/g)].map(
    (m) => `${m[1]}: ${definitions.get(m[1] ?? '') ?? '(no endnote)'}`,
  );
}

interface Step {
  does: string;
  edits: [string, SegmentPatch][];
  sees: string[];
  /** The blocks that re-render (each segment's and the endnotes'); absent: not checked. */
  rerenders?: string[];
}

const steps: Step[] = [
  {
    does: 'the title translated, no notes yet',
    edits: [['s1', english('Proposals')]],
    sees: [],
  },
  {
    does: 'a note in segment 2',
    edits: [['s2', english('The Two Sessions', ['note a'])]],
    sees: ['1: note a'],
  },
  {
    does: 'two notes in segment 4',
    edits: [['s4', english('Pony Ma proposes', ['note c', 'note d'])]],
    sees: ['1: note a', '2: note c', '3: note d'],
  },
  {
    does: 'a note in segment 3, a draft: not published, no number',
    edits: [['s3', english('Digital economy', ['note b'], 'draft')]],
    sees: ['1: note a', '2: note c', '3: note d'],
  },
  {
    does: 'typing in segment 2, its note unchanged: that block only',
    edits: [['s2', english('The Two Sessions of 2020', ['note a'])]],
    sees: ['1: note a', '2: note c', '3: note d'],
    rerenders: ['s2'],
  },
  {
    does: "writing segment 2's note: that block and the endnotes",
    edits: [['s2', english('The Two Sessions of 2020', ['note a, the NPC'])]],
    sees: ['1: note a, the NPC', '2: note c', '3: note d'],
    rerenders: ['s2', endnotesBlockId],
  },
  {
    does: 'segment 3 confirmed: its note takes number 2, the later ones move',
    edits: [['s3', english('Digital economy', ['note b'])]],
    sees: ['1: note a, the NPC', '2: note b', '3: note c', '4: note d'],
  },
  {
    does: 'a note in the title renumbers the blocks with notes after it, no others',
    edits: [['s1', english('Proposals', ['note t'])]],
    sees: ['1: note t', '2: note a, the NPC', '3: note b', '4: note c', '5: note d'],
    rerenders: ['s1', 's2', 's3', 's4', endnotesBlockId],
  },
  {
    does: 'the reference in segment 2 deleted',
    edits: [['s2', english('The Two Sessions of 2020')]],
    sees: ['1: note t', '2: note b', '3: note c', '4: note d'],
  },
  {
    does: 'every note deleted: no endnotes',
    edits: [
      ['s1', english('Proposals')],
      ['s3', english('Digital economy')],
      ['s4', english('Pony Ma proposes')],
    ],
    sees: [],
  },
];

describe.each(['placeholder', 'omit'] as const)('the Preview with gaps as "%s"', (policy) => {
  it('numbers the notes as the export does, after each edit', () => {
    const preview = new PublicationPreview(store, project, policy, '[missing]');
    const stop = preview.start();
    const rerendered: string[] = [];
    const ids = [...store.ids, endnotesBlockId];
    ids.forEach((id) => preview.subscribeBlock(id, () => rerendered.push(id)));
    for (const step of steps) {
      rerendered.length = 0;
      const order = preview.getOrder();
      for (const [id, patch] of step.edits) store.update(id, patch);
      vi.advanceTimersByTime(previewMaxWaitMs);
      const shown = preview.getOrder().map((id) => preview.htmlOf(id) ?? '');
      expect({ step: step.does, shown }).toEqual({ step: step.does, shown: exported(policy) });
      expect({ step: step.does, sees: readerSees(shown.join('\n')) }).toEqual({
        step: step.does,
        sees: step.sees,
      });
      if (step.rerenders) {
        expect({ step: step.does, rerendered: [...new Set(rerendered)].sort() }).toEqual({
          step: step.does,
          rerendered: [...step.rerenders].sort(),
        });
        // The publication was not rebuilt: its order is the same array.
        expect(preview.getOrder()).toBe(order);
      }
    }
    stop();
  });
});
