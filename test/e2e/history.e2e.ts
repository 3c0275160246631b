import { expect, it } from 'vitest';
import { describeInBrowser, openWorkspace, segment } from './browser';

describeInBrowser('revision history', (fixture) => {
  it('lists saved versions after a reload and restores an earlier one', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const translation = segment(page, 3).getByLabel('English translation');
    await translation.click();
    await page.keyboard.type('Pony Ma proposed it');
    await page.keyboard.press('Control+Enter');
    await translation.click();
    // The click mounts the editor with the caret where it landed; go on only once it has focus.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('English translation');
    await page.keyboard.press('End');
    await page.keyboard.type(' in 2018');
    await page.keyboard.press('Escape');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await page.reload();
    await segment(page, 3).waitFor();
    await segment(page, 3).getByRole('button', { name: 'History' }).click();
    const dialog = page.getByRole('dialog', { name: 'History of segment 3' });
    const versions = dialog.getByRole('list', { name: 'Saved versions' }).getByRole('listitem');
    // Typing and confirming before the first save is one version; the later edit is another.
    await expect.poll(() => versions.count()).toBe(2);
    const confirmed = versions.nth(1);
    expect(await confirmed.textContent()).toContain('Translated');
    expect((await confirmed.locator('ins').allTextContents()).join('')).toBe(' in 2018');
    await confirmed.getByRole('button', { name: 'Restore' }).click();
    await expect.poll(() => translation.textContent()).toBe('Pony Ma proposed it');
    expect(await segment(page, 3).getByLabel('Status').inputValue()).toBe('translated');

    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.reload();
    await expect
      .poll(() => segment(page, 3).getByLabel('English translation').textContent())
      .toBe('Pony Ma proposed it');
  });
});
