import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, openSettings, openWorkspace, segment } from './browser';

async function newProject(page: Page, text: string): Promise<void> {
  await openSettings(page);
  await page.getByRole('button', { name: 'New project' }).click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Source text').fill(text);
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await dialog.waitFor({ state: 'hidden' });
  await expect.poll(() => segment(page, 1).textContent()).toContain(text.split('\n')[0]);
}

async function translate(page: Page, number: number, english: string): Promise<void> {
  await segment(page, number).getByLabel('English translation').click();
  await page.keyboard.type(english);
  await page.keyboard.press('Control+Enter');
  await expect.poll(() => segment(page, number).getAttribute('class')).toContain('translated');
}

const translationOf = (page: Page, number: number) =>
  segment(page, number).getByLabel('English translation').textContent();

const first = [
  '產業互聯網的建議',
  '加快推進工業互聯網創新發展,是數字經濟的重要載體。',
  '構建產業互聯網平臺。',
].join('\n');
const second = [
  '关于产业互联网的建议',
  '加快推动工业互联网融合发展,是数字经济的重要载体。',
  '构建产业互联网平台。',
].join('\n');
const english2 = 'Speeding up the industrial internet carries the digital economy.';
const english3 = 'Build industrial internet platforms.';

describeInBrowser('the translation memory in Chromium', (fixture) => {
  it('offers a segment confirmed in one project as a match in another, and Ctrl+1 inserts it', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await newProject(page, first);
    await translate(page, 2, english2);
    await translate(page, 3, english3);

    await newProject(page, second);
    await page.getByRole('tab', { name: 'Translation memory' }).click();
    await segment(page, 2).getByLabel('English translation').click();
    const panel = page.getByRole('region', { name: 'Translation memory' });
    const matches = panel.getByRole('list', { name: 'Matches for segment 2' });
    await matches.getByRole('listitem').first().waitFor();
    const best = matches.getByRole('listitem').first();
    // 3 edits in 23 characters once punctuation and script are set aside: 87 %.
    expect(await best.locator('.memory-match__score').textContent()).toBe('87 %');
    expect(await best.locator('del').allTextContents()).toEqual(['進', '創新']);
    expect(await best.locator('ins').allTextContents()).toEqual(['动', '融合']);
    expect(await best.textContent()).toContain(english2);

    await segment(page, 2).getByLabel('English translation').click();
    await page.keyboard.press('Control+1');
    await expect.poll(() => translationOf(page, 2)).toBe(english2);
  });

  it('pre-translates the empty segments with 100 % matches, and Undo empties them again', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await newProject(page, first);
    await translate(page, 2, english2);
    await translate(page, 3, english3);
    await newProject(page, second);
    await page.getByRole('tab', { name: 'Translation memory' }).click();
    const panel = page.getByRole('region', { name: 'Translation memory' });
    await expect.poll(() => panel.textContent()).toContain('2 units in the memory');
    await panel.getByRole('button', { name: 'Pre-translate' }).click();
    const dialog = page.getByRole('dialog', { name: 'Pre-translate from the memory' });
    expect(await dialog.getByLabel('Minimum match (%)').inputValue()).toBe('100');
    await dialog.getByRole('button', { name: 'Pre-translate' }).click();
    const toast = page.getByRole('status').filter({ hasText: 'Filled 1 segment from the memory.' });
    await toast.waitFor();
    await expect.poll(() => translationOf(page, 3)).toBe(english3);
    expect(await segment(page, 3).textContent()).toContain('From memory, 100 %');
    expect(await segment(page, 3).getAttribute('class')).toContain('segment--draft');
    expect(await translationOf(page, 2)).toBe('');
    await segment(page, 3).getByRole('button', { name: 'History' }).click();
    const history = page.getByRole('dialog', { name: 'History of segment 3' });
    await expect.poll(() => history.textContent()).toMatch(/From memory: .+, 100 %/);
    await history.getByRole('button', { name: 'Close' }).last().click();

    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => translationOf(page, 3)).toBe('');
    expect(await segment(page, 3).getAttribute('class')).toContain('segment--untranslated');
  });

  it('gives a confirmed segment’s English to its empty repetitions, with Undo', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await newProject(
      page,
      [
        '數字經濟是高質量發展的重要動力。',
        '推進開源協同創新生態。',
        '数字经济是高质量发展的重要动力',
      ].join('\n'),
    );
    await translate(page, 1, 'The digital economy drives quality growth.');
    const toast = page
      .getByRole('status')
      .filter({ hasText: 'The English of segment 1 went to 1 repeated segment as Draft.' });
    await toast.waitFor();
    await expect
      .poll(() => translationOf(page, 3))
      .toBe('The digital economy drives quality growth.');
    expect(await segment(page, 3).textContent()).toContain('Propagated');
    expect(await translationOf(page, 2)).toBe('');

    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => translationOf(page, 3)).toBe('');
    expect(await segment(page, 3).textContent()).not.toContain('Propagated');
  });
});
