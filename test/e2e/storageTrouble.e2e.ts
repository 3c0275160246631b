import { expect, it } from 'vitest';
import { describeInBrowser, openWorkspace, segment } from './browser';

describeInBrowser('storage trouble in Chromium', (fixture) => {
  it('says so plainly when the browser offers no IndexedDB at all', async () => {
    const { page, baseUrl } = fixture;
    // As in some private modes and locked-down profiles: the API is simply not there.
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true });
    });
    await page.goto(baseUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain(
      'The workspace could not open its storage in this browser',
    );
  });

  it('shows the banner when a write hits the quota, keeps the edit, and saves it on retry', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    // Every IndexedDB put fails with QuotaExceededError until the test lifts it.
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      const state = window as unknown as { quotaFull: boolean };
      state.quotaFull = true;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args) {
        if (state.quotaFull)
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await segment(page, 4).getByLabel('English translation').click();
    await page.keyboard.type('Kept through a full disk');
    const banner = page.getByRole('alert').filter({ hasText: 'not saved yet' });
    await banner.waitFor();
    expect(await banner.getByRole('button', { name: 'Download project file' }).count()).toBe(1);
    await page.evaluate(() => {
      (window as unknown as { quotaFull: boolean }).quotaFull = false;
    });
    await banner.waitFor({ state: 'detached', timeout: 10_000 });
    await page.reload();
    await expect
      .poll(() => segment(page, 4).getByLabel('English translation').textContent())
      .toBe('Kept through a full disk');
  });
});
