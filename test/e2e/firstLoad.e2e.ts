import { expect, it } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { describeInBrowser, openWorkspace, segment } from './browser';

/**
 * Holds back the editor's code (downloaded after the first paint), so a test can click and type
 * before it has arrived, whatever the speed of the machine; `release` lets it through.
 */
async function holdEditorCode(page: Page) {
  let held: (route: Route) => void = () => undefined;
  const requested = new Promise<Route>((resolve) => (held = resolve));
  await page.route('**/assets/liveEditors-*.js', (route) => held(route));
  return {
    requested,
    release: async () => {
      await (await requested).continue();
    },
  };
}

const activeLabel = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('aria-label'));
const liveEditors = (page: Page) => page.locator('.ProseMirror').count();

describeInBrowser('the first load', (fixture) => {
  it('types at once after the first click on a fresh load', async () => {
    const { page, baseUrl } = fixture;
    await page.goto(baseUrl);
    const cell = segment(page, 2).getByLabel('English translation');
    await cell.click();
    await page.keyboard.type('Pony Ma plans seven proposals.');
    await expect.poll(() => cell.textContent()).toBe('Pony Ma plans seven proposals.');
  });

  it('keeps, in order, what is typed before the editor has arrived', async () => {
    const { page, baseUrl } = fixture;
    const editorCode = await holdEditorCode(page);
    await openWorkspace(page, baseUrl);
    await editorCode.requested;
    const cell = segment(page, 3).getByLabel('English translation');
    await cell.click();
    await page.keyboard.type('Ma Huatenx');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('g proposes');
    // Still the static cell, which kept the focus: nothing was lost to the page.
    expect(await liveEditors(page)).toBe(0);
    expect(await activeLabel(page)).toBe('English translation');

    await editorCode.release();
    await page.locator('.ProseMirror:focus').waitFor();
    await page.keyboard.type(' further.');
    expect(await cell.textContent()).toBe('Ma Huateng proposes further.');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.reload();
    expect(await segment(page, 3).getByLabel('English translation').textContent()).toBe(
      'Ma Huateng proposes further.',
    );
  });

  it('keeps what was typed into a cell left before the editor arrived', async () => {
    const { page, baseUrl } = fixture;
    const editorCode = await holdEditorCode(page);
    await openWorkspace(page, baseUrl);
    await editorCode.requested;
    await segment(page, 4).getByLabel('English translation').click();
    await page.keyboard.type('Typed early');
    await segment(page, 5).getByLabel('Notes').click();
    await page.keyboard.type('Note five');
    expect(await liveEditors(page)).toBe(0);

    await editorCode.release();
    await page.locator('.ProseMirror:focus').waitFor();
    await expect
      .poll(() => segment(page, 4).getByLabel('English translation').textContent())
      .toBe('Typed early');
    expect(await segment(page, 5).getByLabel('Notes').textContent()).toBe('Note five');
    expect(await activeLabel(page)).toBe('Notes');
  });

  it('says so when the editor cannot be downloaded, and keeps what was typed until it can', async () => {
    const { page, baseUrl } = fixture;
    let offline = true;
    await page.route('**/assets/liveEditors-*.js', (route) =>
      offline ? route.abort('internetdisconnected') : route.continue(),
    );
    await openWorkspace(page, baseUrl);
    const cell = segment(page, 7).getByLabel('English translation');
    await cell.click();
    await page.keyboard.type('Kept offline');
    await page
      .getByRole('status')
      .filter({ hasText: 'The editor could not be downloaded. Check the connection' })
      .waitFor();

    offline = false;
    await cell.click();
    await page.locator('.ProseMirror:focus').waitFor();
    expect(await cell.textContent()).toBe('Kept offline');
  });

  it('keeps what is typed into the glossary note before its editor has arrived', async () => {
    const { page, baseUrl } = fixture;
    const editorCode = await holdEditorCode(page);
    await openWorkspace(page, baseUrl);
    await editorCode.requested;
    await page.getByRole('button', { name: 'New term' }).click();
    const note = page.getByRole('textbox', { name: 'Note', exact: true });
    await note.click();
    await page.keyboard.type('Used in the title');
    await page.keyboard.press('Enter');
    await page.keyboard.type('of the proposal.');

    await editorCode.release();
    await page.locator('.ProseMirror:focus').waitFor();
    await page.keyboard.type(' Checked.');
    expect(await note.locator('p').allTextContents()).toEqual([
      'Used in the title',
      'of the proposal. Checked.',
    ]);
  });
});
