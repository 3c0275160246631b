import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../test/helpers/renderApp';
import { freshDb } from '../../../test/helpers/testDb';
import type { WorkspaceDb } from '../../storage/db';
import { loadSegments } from '../../storage/repositories/segments';
import { resolveActiveProjectId } from '../../storage/repositories/projects';

const text = ['馬化騰兩會建議', '2020兩會在即。', '繼去年兩會之後。'].join('\n');

let db: WorkspaceDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => {
  cleanup();
  db.close();
});

const segment = (number: number) => screen.getByRole('group', { name: `Segment ${number}` });

async function savedSegments() {
  const projectId = await resolveActiveProjectId(db);
  return loadSegments(db, projectId ?? '');
}

// Two editors mount per test (the segment's and the note's): slower than one on a busy machine.
describe("translator's notes", { timeout: 20_000 }, () => {
  it('adds a note at the caret with the button, edits it beside the segment and saves both', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(within(segment(2)).getByRole('textbox', { name: 'English translation' }));
    const editor = within(segment(2)).getByRole('textbox', { name: 'English translation' });
    await waitFor(() => expect(editor).toHaveFocus());
    await user.keyboard('The Two Sessions');

    await user.click(within(segment(2)).getByRole('button', { name: "Add translator's note" }));
    const note = await within(segment(2)).findByRole('textbox', { name: "Translator's note 1" });
    await waitFor(() => expect(note).toHaveFocus());
    await user.keyboard('the annual plenary sessions of the NPC and CPPCC');

    await waitFor(async () => {
      const translation = (await savedSegments())[1]?.translation;
      expect(translation?.content[0]?.content).toEqual([
        { type: 'text', text: 'The Two Sessions' },
        {
          type: 'footnote',
          attrs: {
            note: {
              type: 'doc',
              content: [
                {
                  type: 'paragraph',
                  content: [
                    { type: 'text', text: 'the annual plenary sessions of the NPC and CPPCC' },
                  ],
                },
              ],
            },
          },
        },
      ]);
    });
    // The note is not part of the sentence.
    expect((await savedSegments())[1]?.translationText).toBe('The Two Sessions');
  });

  it('takes the note typed after Ctrl+Alt+F into the note, not into the sentence', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(within(segment(2)).getByRole('textbox', { name: 'English translation' }));
    const editor = within(segment(2)).getByRole('textbox', { name: 'English translation' });
    await waitFor(() => expect(editor).toHaveFocus());
    await user.keyboard('The Two Sessions');
    await user.keyboard('{Control>}{Alt>}f{/Alt}{/Control}');
    const note = await within(segment(2)).findByRole('textbox', { name: "Translator's note 1" });
    await waitFor(() => expect(note).toHaveFocus());
    await user.keyboard('the NPC and CPPCC');
    await waitFor(async () =>
      expect((await savedSegments())[1]?.translation.content[0]?.content?.[1]).toMatchObject({
        type: 'footnote',
        attrs: { note: { content: [{ content: [{ text: 'the NPC and CPPCC' }] }] } },
      }),
    );
    expect((await savedSegments())[1]?.translationText).toBe('The Two Sessions');
  });

  it('numbers notes across segments, and a later segment shows its number when static', async () => {
    const user = userEvent.setup();
    await renderApp(db, text);
    await user.click(within(segment(2)).getByRole('textbox', { name: 'English translation' }));
    await user.keyboard('First');
    await user.click(within(segment(2)).getByRole('button', { name: "Add translator's note" }));
    await within(segment(2)).findByRole('textbox', { name: "Translator's note 1" });

    await user.click(within(segment(3)).getByRole('textbox', { name: 'English translation' }));
    await waitFor(() =>
      expect(
        within(segment(3)).getByRole('textbox', { name: 'English translation' }),
      ).toHaveFocus(),
    );
    await user.keyboard('Second{Control>}{Alt>}f{/Alt}{/Control}');
    expect(
      await within(segment(3)).findByRole('textbox', { name: "Translator's note 2" }),
    ).toBeInTheDocument();

    // Segment 2 is static again and shows its note's number.
    const staticCell = within(segment(2)).getByRole('textbox', { name: 'English translation' });
    expect(staticCell).toHaveTextContent('First1');
  });
});
