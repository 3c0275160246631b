import { expect, it } from 'vitest';
import { describeInBrowser, openWorkspace } from './browser';

describeInBrowser('content security policy', (fixture) => {
  it('refuses to run an inline script, whoever manages to insert one', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const refused = await page
      .addScriptTag({ content: 'window.injected = true' })
      .then(() => false)
      .catch((error: unknown) => String(error).includes('Content Security Policy'));
    expect(refused).toBe(true);
    expect(await page.evaluate(() => 'injected' in window)).toBe(false);
  });
});
