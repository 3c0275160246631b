import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, openWorkspace, segment } from './browser';

const english = (page: Page, number: number) =>
  segment(page, number).getByLabel('English translation');

async function translate(page: Page, number: number, text: string) {
  await english(page, number).click();
  await expect
    .poll(() =>
      english(page, number).evaluate((element) => element.contains(document.activeElement)),
    )
    .toBe(true);
  await page.keyboard.type(text);
}

describeInBrowser('filters and find and replace in Chromium', (fixture) => {
  it('filters on Untranslated, Ctrl+Enter stays in the set, and the filter clears', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await translate(page, 1, 'On the industrial internet');
    await page.keyboard.press('Control+Enter');
    await page.getByLabel('Filter segments').selectOption('untranslated');
    const showing = page.getByText(/^Showing \d+ of \d+ segments$/);
    const [shown, total] = ((await showing.textContent()) ?? '').match(/\d+/g)?.map(Number) ?? [];
    expect(shown).toBe((total ?? 0) - 1);
    expect(await segment(page, 1).count()).toBe(0);

    // English the quality checks accept (2020 and 七份 are there), so Ctrl+Enter confirms.
    await translate(
      page,
      2,
      'With the 2020 Two Sessions about to open, Pony Ma plans to submit seven written proposals.',
    );
    await page.keyboard.press('Control+Enter');
    // Confirmed, segment 2 leaves the set once the caret has moved on to segment 3.
    await expect
      .poll(() => english(page, 3).evaluate((element) => element.contains(document.activeElement)))
      .toBe(true);
    await expect.poll(() => segment(page, 2).count()).toBe(0);
    await expect
      .poll(() => showing.textContent())
      .toBe(`Showing ${(total ?? 0) - 2} of ${total} segments`);
    await page.keyboard.press('Control+ArrowUp');
    // Nothing before segment 3 is untranslated now: the caret stays in the set.
    await expect
      .poll(() => english(page, 3).evaluate((element) => element.contains(document.activeElement)))
      .toBe(true);
    await page.keyboard.press('Control+ArrowDown');
    await expect
      .poll(() => english(page, 4).evaluate((element) => element.contains(document.activeElement)))
      .toBe(true);

    await page.getByRole('button', { name: 'Clear filter' }).click();
    await segment(page, 1).waitFor();
    await segment(page, 2).waitFor();
    expect(await showing.count()).toBe(0);
  });

  it('replaces all "Internet" with "internet", undoes it in every segment, and a reload keeps that', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await translate(page, 2, 'The Internet matters');
    await translate(page, 3, 'An Internet plan');
    await translate(page, 4, 'Industrial Internet, consumer Internet');
    await page.keyboard.press('Control+h');
    const dialog = page.getByRole('dialog', { name: 'Find and replace' });
    await dialog.getByLabel('Find', { exact: true }).fill('Internet');
    await dialog.getByLabel('Match case').check();
    await dialog.getByLabel('Replace with').fill('internet');
    await dialog.getByText('4 matches in 3 segments.').waitFor();
    await dialog.getByRole('button', { name: 'Replace all' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'Replaced 4 matches in 3 segments.' });
    await toast.waitFor();
    expect(await english(page, 2).textContent()).toBe('The internet matters');
    expect(await english(page, 3).textContent()).toBe('An internet plan');
    expect(await english(page, 4).textContent()).toBe('Industrial internet, consumer internet');
    await dialog.getByText('No matches.').waitFor();

    await toast.getByRole('button', { name: 'Undo' }).click();
    await page.getByText('Replacement undone in 3 segments.').waitFor();
    expect(await english(page, 2).textContent()).toBe('The Internet matters');
    expect(await english(page, 4).textContent()).toBe('Industrial Internet, consumer Internet');

    await page.reload();
    await english(page, 4).waitFor();
    expect(await english(page, 2).textContent()).toBe('The Internet matters');
    expect(await english(page, 3).textContent()).toBe('An Internet plan');
    expect(await english(page, 4).textContent()).toBe('Industrial Internet, consumer Internet');
  });

  it('undoes a replace all from the dialog: bold comes back, a segment edited since keeps its text', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await translate(page, 2, 'The ');
    await page.keyboard.press('Control+b');
    await page.keyboard.type('Internet');
    await page.keyboard.press('Control+b');
    await page.keyboard.type(' matters');
    await translate(page, 3, 'An Internet plan');
    await translate(page, 4, 'Industrial Internet, consumer Internet');
    await page.keyboard.press('Control+h');
    const dialog = page.getByRole('dialog', { name: 'Find and replace' });
    await dialog.getByLabel('Find', { exact: true }).fill('Internet');
    await dialog.getByLabel('Match case').check();
    await dialog.getByLabel('Replace with').fill('internet');
    await dialog.getByText('4 matches in 3 segments.').waitFor();
    await dialog.getByRole('button', { name: 'Replace all' }).click();
    await dialog.getByText('No matches.').waitFor();
    // The message (and its Undo) may be dismissed: the dialog keeps its own Undo.
    const toast = page.getByRole('status').filter({ hasText: 'Replaced 4 matches' });
    await toast.getByRole('button', { name: 'Dismiss' }).click();
    await toast.waitFor({ state: 'detached' });
    expect(await english(page, 2).locator('strong').textContent()).toBe('internet');

    // Segment 3 is edited after the replacement: the undo must not take that away.
    await translate(page, 3, '');
    await page.keyboard.press('End');
    await page.keyboard.type(' now');
    await page.keyboard.press('Escape');
    const undo = dialog.getByRole('button', { name: 'Undo replace all' });
    await undo.click();
    await page
      .getByText('Replacement undone in 2 segments. 1 segment edited since keeps its newer text.')
      .waitFor();
    await undo.waitFor({ state: 'detached' });
    expect(await english(page, 2).textContent()).toBe('The Internet matters');
    expect(await english(page, 2).locator('strong').textContent()).toBe('Internet');
    expect(await english(page, 3).textContent()).toBe('An internet plan now');
    expect(await english(page, 4).textContent()).toBe('Industrial Internet, consumer Internet');

    // Typed, replaced, undone: three versions, each with its own revision.
    await dialog.getByRole('button', { name: 'Close' }).click();
    await segment(page, 2).getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: 'History of segment 2' });
    const versions = history.getByRole('list', { name: 'Saved versions' }).getByRole('listitem');
    await expect.poll(() => versions.count()).toBe(3);

    await page.keyboard.press('Escape');
    await page.reload();
    await english(page, 4).waitFor();
    expect(await english(page, 2).locator('strong').textContent()).toBe('Internet');
    expect(await english(page, 3).textContent()).toBe('An internet plan now');
  });

  it('on a Mac, says ⌥⌘F and ⌘B where they are the keys, and ⌥⌘F in an editor only opens Find', async () => {
    const { page, context, baseUrl } = fixture;
    // Chromium as on macOS: navigator.platform (read by the app and by ProseMirror's ⌘ keys)
    // and the user-agent client hints.
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setUserAgentOverride', {
      userAgent:
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/156.0.0.0 Safari/537.36',
      platform: 'MacIntel',
      userAgentMetadata: {
        platform: 'macOS',
        platformVersion: '14.0.0',
        architecture: 'arm',
        model: '',
        mobile: false,
      },
    });
    await openWorkspace(page, baseUrl);
    expect(
      await page
        .getByRole('button', { name: 'Find and replace', exact: true })
        .getAttribute('title'),
    ).toBe('Find and replace in the whole project: ⌥⌘F (Option+Command+F)');

    // ⌘B is bold, as the shortcut help says.
    await translate(page, 2, 'An ');
    await page.keyboard.press('Meta+b');
    await page.keyboard.type('open');
    await page.keyboard.press('Meta+b');
    await page.keyboard.type(' web');
    expect(await english(page, 2).locator('strong').textContent()).toBe('open');

    await page.keyboard.press('Meta+Alt+f');
    const dialog = page.getByRole('dialog', { name: 'Find and replace' });
    await expect
      .poll(() =>
        dialog
          .getByLabel('Find', { exact: true })
          .evaluate((field) => field === document.activeElement),
      )
      .toBe(true);
    expect(
      await segment(page, 2).getByRole('textbox', { name: "Translator's note 1" }).count(),
    ).toBe(0);
    expect(await english(page, 2).textContent()).toBe('An open web');
    await dialog.getByRole('button', { name: 'Close' }).click();

    // ⌃⌥F, as the help says Ctrl+Alt+F, still adds a translator's note there.
    await translate(page, 2, '');
    await page.keyboard.press('End');
    await page.keyboard.press('Control+Alt+f');
    await segment(page, 2).getByRole('textbox', { name: "Translator's note 1" }).waitFor();
    await page.keyboard.press('Escape');

    // ⇧⌘I copies the source, as the help says (a Mac has no Insert key).
    await translate(page, 3, '');
    await page.keyboard.press('Meta+Shift+i');
    await expect.poll(() => english(page, 3).textContent()).toMatch(/^繼去年兩會/);

    await page.keyboard.press('F1');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const keysOf = async (action: string) =>
      help.getByRole('row').filter({ hasText: action }).getByRole('rowheader').textContent();
    expect(await keysOf('Find and replace in the whole project')).toBe('⌥⌘F (Option+Command+F)');
    expect(await keysOf('Bold')).toBe('⌘B');
    expect(await keysOf('Redo')).toBe('⇧⌘Z');
    expect(await keysOf('Copy the source')).toBe('Ctrl+Shift+I or ⇧⌘I');
    expect(await keysOf('Next / previous segment with a quality issue')).toBe('F8 / Shift+F8');
  });

  it('elsewhere, says Ctrl+H in the Find button and the shortcut help', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    expect(
      await page
        .getByRole('button', { name: 'Find and replace', exact: true })
        .getAttribute('title'),
    ).toBe('Find and replace in the whole project: Ctrl+H');
    await page.locator('body').press('F1');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    const keysOf = async (action: string) =>
      help.getByRole('row').filter({ hasText: action }).getByRole('rowheader').textContent();
    expect(await keysOf('Find and replace in the whole project')).toBe('Ctrl+H');
    expect(await keysOf('Bold')).toBe('Ctrl+B');
  });
});
