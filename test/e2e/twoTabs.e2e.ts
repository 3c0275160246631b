import { expect, it } from 'vitest';
import { describeInBrowser, openWorkspace, segment } from './browser';

describeInBrowser('two tabs on one project', (fixture) => {
  it('shows an edit made in one tab in the other within a second', async () => {
    const { page, context, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const other = await context.newPage();
    await openWorkspace(other, baseUrl);
    await segment(page, 5).getByLabel('English translation').click();
    await page.keyboard.type('Typed in the first tab');
    await expect
      .poll(() => segment(other, 5).getByLabel('English translation').textContent(), {
        timeout: 1000,
      })
      .toBe('Typed in the first tab');
  });

  it('never drops either of two edits to the same segment', async () => {
    const { page, context, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const other = await context.newPage();
    await openWorkspace(other, baseUrl);
    await segment(other, 6).getByLabel('English translation').click();
    await other.keyboard.type('Theirs');
    await segment(page, 6).getByLabel('English translation').click();
    await page.keyboard.type('Mine');
    await other.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const conflict = segment(page, 6).getByRole('alert');
    await conflict.waitFor();
    expect(await conflict.textContent()).toContain('Their version: Theirs');
    await conflict.getByRole('button', { name: 'Keep mine' }).click();
    await expect
      .poll(() => segment(other, 6).getByLabel('English translation').textContent())
      .toBe('Mine');
  });
});
