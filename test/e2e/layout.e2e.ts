import { expect, it } from 'vitest';
import { describeInBrowser, openSettings, segment } from './browser';

/**
 * Labels and buttons that wrap (one character per line in the Chinese interfaces, once) or
 * overflow their box, among the visible ones.
 */
async function brokenLabels(page: import('playwright-core').Page) {
  return page.evaluate(() => {
    const broken: string[] = [];
    const candidates = document.querySelectorAll<HTMLElement>(
      'button, label, summary, [role="tab"], .status-footer li, .progress__text, th',
    );
    for (const element of candidates) {
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || element.closest('[hidden]')) continue;
      const text = element.textContent?.trim() ?? '';
      if (text.length < 2) continue;
      // Lines of each text node on its own (flex items sit at different heights by design).
      let lines = 1;
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!node.textContent?.trim()) continue;
        const range = document.createRange();
        range.selectNodeContents(node);
        const tops = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
        lines = Math.max(lines, tops.size);
      }
      const wraps = lines > 1 && !element.closest('.settings__field--inline, th');
      const overflows = element.scrollWidth > element.clientWidth + 1;
      const perLine = text.length / lines;
      if (wraps || overflows || perLine < 2) broken.push(`${text} (${lines} lines)`);
    }
    return broken;
  });
}

describeInBrowser('the layout at 1366×768', (fixture) => {
  it.each([
    ['en-GB', 'Settings', 'Segment 1', 'Statistics'],
    ['zh-CN', '设置', '句段 1', '统计'],
    ['zh-TW', '設定', '句段 1', '統計'],
  ])(
    'wraps no control label in %s, and gives the English the room',
    async (locale, settings, first, statistics) => {
      const browser = fixture.context.browser();
      if (!browser) throw new Error('no browser');
      const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale });
      const page = await context.newPage();
      try {
        await page.goto(fixture.baseUrl);
        const row = page.getByRole('group', { name: first, exact: true });
        await row.waitFor();
        // Bars take little of the height: the first segment starts within the top 8 %.
        const rowBox = await row.boundingBox();
        expect(rowBox?.y ?? 768).toBeLessThan(768 * 0.08);
        expect(await brokenLabels(page)).toEqual([]);
        await openSettings(page, settings);
        expect(await brokenLabels(page)).toEqual([]);
        await page.keyboard.press('Escape');

        // A dialog opened from the footer reads as a page, not in the footer's small one line.
        await page.getByRole('button', { name: statistics, exact: true }).click();
        const dialog = page.getByRole('dialog', { name: statistics });
        const fits = await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth);
        expect(fits).toBe(true);
        await page.keyboard.press('Escape');

        // The active row's English cell is at least as wide as its source, side panel open.
        await row.getByRole('textbox').first().click();
        const source = await row.locator('.segment__source').boundingBox();
        const english = await row.getByRole('textbox').first().boundingBox();
        expect(english?.width ?? 0).toBeGreaterThanOrEqual(source?.width ?? Infinity);
        const progress = await page.getByRole('progressbar').boundingBox();
        expect(progress?.width ?? 0).toBeGreaterThan(60);
      } finally {
        await page.close();
      }
    },
  );

  it('draws notes of a heading row plainly, and no shortcut key wraps', async () => {
    const { page, baseUrl } = fixture;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(baseUrl);
    const heading = segment(page, 1);
    await heading.getByLabel('Notes').click();
    const notes = heading.getByLabel('Notes');
    const style = await notes.evaluate((element) => {
      const placeholder = element.querySelector('p') ?? element;
      return getComputedStyle(placeholder, '::before').fontWeight;
    });
    expect(Number(style)).toBeLessThan(600);
    await page.keyboard.press('Escape');
    // An empty translation of a heading keeps its placeholder on one line.
    const empty = segment(page, 7).getByLabel('English translation');
    const box = await empty.boundingBox();
    const lineHeight = await empty.evaluate((element) =>
      parseFloat(getComputedStyle(element).lineHeight),
    );
    expect(box?.height ?? 0).toBeLessThan(lineHeight * 2);

    await openSettings(page);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    const keys = page.getByRole('dialog', { name: 'Keyboard shortcuts' }).locator('kbd');
    for (const key of await keys.all()) {
      const lines = await key.evaluate((element) => {
        const range = document.createRange();
        range.selectNodeContents(element);
        return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
      });
      expect(lines, (await key.textContent()) ?? '').toBe(1);
    }
  });

  it('keeps the panel’s width across reloads and collapses it to a rail with the tabs', async () => {
    const { page, baseUrl } = fixture;
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(baseUrl);
    await segment(page, 1).waitFor();
    const glossary = page.getByRole('region', { name: 'Glossary' });
    await glossary.waitFor();
    const edge = page.getByRole('separator', { name: 'Resize side panel' });
    await edge.focus();
    for (let step = 0; step < 3; step += 1) await page.keyboard.press('ArrowLeft');
    const widened = await page.locator('.side-panel').evaluate((panel) => panel.clientWidth);
    await page.reload();
    await glossary.waitFor();
    expect(await page.locator('.side-panel').evaluate((panel) => panel.clientWidth)).toBe(widened);

    await page.getByRole('button', { name: 'Hide side panel' }).click();
    await glossary.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: 'Glossary' }).click();
    await glossary.waitFor();
  });
});
