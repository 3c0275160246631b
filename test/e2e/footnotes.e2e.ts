import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { describeInBrowser, openWorkspace, segment } from './browser';

const note = 'the annual plenary sessions of the NPC and CPPCC';

describeInBrowser("translator's notes in Chromium", (fixture) => {
  it('adds a note to 兩會, keeps it across a reload and exports it to Word and HTML', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    expect(await segment(page, 1).textContent()).toMatch(/兩會/);
    await segment(page, 1).getByLabel('English translation').click();
    await page.keyboard.type('What did Pony Ma propose to the Two Sessions');
    await segment(page, 1).getByRole('button', { name: "Add translator's note" }).click();
    const noteField = segment(page, 1).getByRole('textbox', { name: "Translator's note 1" });
    await expect
      .poll(() => noteField.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await page.keyboard.type(note);
    // A draft is not published yet: confirm it.
    await segment(page, 1).getByRole('combobox', { name: 'Status' }).selectOption('translated');
    // Leave the segment: its cell becomes static again.
    await segment(page, 2).getByLabel('English translation').click();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await page.reload();
    await segment(page, 1).waitFor();
    const translation = segment(page, 1).getByLabel('English translation');
    await expect
      .poll(() => translation.textContent())
      .toBe('What did Pony Ma propose to the Two Sessions1');
    await translation.click();
    await expect
      .poll(() =>
        segment(page, 1).getByRole('textbox', { name: "Translator's note 1" }).textContent(),
      )
      .toBe(note);

    const exported = async (format: string) => {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.getByRole('menuitem', { name: format, exact: true }).click();
      const download = page.waitForEvent('download');
      // 39 segments are untranslated: the export asks what they become first.
      await page
        .getByRole('dialog', { name: 'Not everything is translated yet' })
        .getByRole('button', { name: `Export ${format}` })
        .click();
      return readFile((await (await download).path()) ?? '');
    };

    const word = unzipSync(await exported('Word (DOCX)'));
    const footnotes = strFromU8(word['word/footnotes.xml'] ?? new Uint8Array());
    expect(footnotes).toContain(note);
    const body = strFromU8(word['word/document.xml'] ?? new Uint8Array());
    expect(body).toMatch(
      /Two Sessions<\/w:t><\/w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"\/><\/w:rPr><w:footnoteReference w:id="1"\/>/,
    );

    const html = (await exported('HTML')).toString('utf8');
    expect(html).toContain(
      'Two Sessions<sup class="footnote-ref"><a href="#fn1" id="fnref1" role="doc-noteref">1</a></sup>',
    );
    expect(html).toContain(`<li id="fn1"><p>${note} <a href="#fnref1"`);
  });

  it('deletes a note with its reference, and Undo brings both back', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const translation = segment(page, 1).getByRole('textbox', { name: 'English translation' });
    // The live references are numbered by CSS: they have no text of their own.
    const references = translation.locator('sup[data-footnote]');
    await translation.click();
    await page.keyboard.type('the Two Sessions');
    await segment(page, 1).getByRole('button', { name: "Add translator's note" }).click();
    const noteField = segment(page, 1).getByRole('textbox', { name: "Translator's note 1" });
    await expect
      .poll(() => noteField.evaluate((element) => element === document.activeElement))
      .toBe(true);
    await page.keyboard.type(note);

    // Straight back to the translation, with no pause: the reference is the last thing in it.
    await translation.click();
    await page.keyboard.press('End');
    await page.keyboard.press('Backspace');
    await noteField.waitFor({ state: 'detached' });
    await expect.poll(() => references.count()).toBe(0);
    expect(await translation.textContent()).toBe('the Two Sessions');

    // One Undo: the reference and the whole note, not the note as it was half a second before.
    await page.keyboard.press('Control+z');
    await expect.poll(() => references.count()).toBe(1);
    await expect.poll(() => noteField.textContent()).toBe(note);
    expect(await translation.textContent()).toBe('the Two Sessions');
    // The note's typing is a step of its own before that.
    await page.keyboard.press('Control+z');
    await expect.poll(() => noteField.textContent()).toBe('');
    expect(await references.count()).toBe(1);
  });

  it('writes a note in body text beside a title, a heading or a quote', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const addNote = async (number: number) => {
      await segment(page, number).getByLabel('English translation').click();
      await segment(page, number).getByRole('button', { name: "Add translator's note" }).click();
      await page.keyboard.type('a note');
    };
    /** How the note's text is drawn, after going (back) into the segment's translation. */
    const noteLooks = async (number: number) => {
      await segment(page, number).getByLabel('English translation').click();
      return segment(page, number)
        .getByRole('textbox', { name: /^Translator's note/ })
        .evaluate((element) => {
          const { fontSize, fontWeight, fontStyle, fontFamily } = getComputedStyle(element);
          return { fontSize, fontWeight, fontStyle, fontFamily };
        });
    };
    // Segment 2 is a paragraph: its note is the body text every other note should match.
    await addNote(2);
    const bodyText = await noteLooks(2);
    expect(bodyText).toMatchObject({ fontWeight: '400', fontStyle: 'normal' });

    // Segment 1 is the title (imported as a heading), then each other type in turn.
    await addNote(1);
    for (const type of ['Title', 'Heading 1', 'Heading 2', 'Heading 3', 'Quote', 'Paragraph']) {
      await segment(page, 1).getByLabel('Segment type').selectOption(type);
      expect({ type, looks: await noteLooks(1) }).toEqual({ type, looks: bodyText });
    }
  });
});
