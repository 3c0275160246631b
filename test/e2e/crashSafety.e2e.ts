import { expect, it } from 'vitest';
import { describeInBrowser, openWorkspace, segment } from './browser';

const typed = 'Every character typed must survive';

describeInBrowser('crash safety', (fixture) => {
  it.each([
    ['the page is closed', 'close'],
    ['the renderer process is killed', 'crash'],
  ] as const)('keeps what was typed when %s 100 ms after the last key', async (_name, how) => {
    const { page, context, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 4).getByLabel('English translation').click();
    await page.keyboard.type(typed);
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (how === 'close') {
      await page.close();
    } else {
      const crashed = page.waitForEvent('crash');
      const cdp = await context.newCDPSession(page);
      void cdp.send('Page.crash').catch(() => undefined);
      await crashed;
    }
    fixture.pageErrors.length = 0;
    const reopened = await context.newPage();
    await openWorkspace(reopened, baseUrl);
    await expect
      .poll(() => segment(reopened, 4).getByLabel('English translation').textContent())
      .toBe(typed);
  });
});
