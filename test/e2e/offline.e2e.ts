import { expect, it } from 'vitest';
import { describeInBrowser, openWorkspace, segment } from './browser';

describeInBrowser('the workspace offline', (fixture) => {
  it('opens without a network once it has been opened, with its editors and checks', async () => {
    const { page, context, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const english = segment(page, 2).getByLabel('English translation');
    await english.click();
    await page.keyboard.type('Typed online.');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    // The service worker is active once it has kept every file of the build.
    await page.evaluate(() => navigator.serviceWorker.ready);

    await context.setOffline(true);
    await page.reload();
    expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
    expect(await segment(page, 2).getByLabel('English translation').textContent()).toBe(
      'Typed online.',
    );
    // Code loaded on demand comes from the kept files too: the editor, a side-panel tab and its
    // worker.
    const third = segment(page, 3).getByLabel('English translation');
    await third.click();
    await page.locator('.ProseMirror:focus').waitFor();
    await page.keyboard.type('Typed offline.');
    await expect.poll(() => third.textContent()).toBe('Typed offline.');
    await page.getByRole('tab', { name: 'Quality checks' }).click();
    await page
      .getByRole('region', { name: 'Quality checks' })
      .getByRole('button', { name: /^Go to segment \d+/ })
      .first()
      .waitFor();
  });
});
