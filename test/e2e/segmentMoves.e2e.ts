import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, openWorkspace, segment } from './browser';

/**
 * Where the page is after a key: the segment whose editor has the focus, whether its row is
 * wholly in the list's view, and whether the rows drawn cover the view without a gap. Read two
 * frames on: in the first, rows just measured may still be placed by their estimated height.
 */
function placeNow(page: Page) {
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const list = document.querySelector('.segment-list');
    const view = list?.getBoundingClientRect();
    const focused = document.activeElement;
    const row = focused?.closest('[role=group]');
    const box = row?.getBoundingClientRect();
    const rows = [...document.querySelectorAll('.segment-list__item')]
      .map((item) => item.getBoundingClientRect())
      .sort((a, b) => a.top - b.top);
    let coveredTo = view?.top ?? 0;
    for (const item of rows)
      if (item.top <= coveredTo + 1) coveredTo = Math.max(coveredTo, item.bottom);
    return {
      segment: row?.getAttribute('aria-label'),
      editing: focused?.getAttribute('aria-label'),
      inView: Boolean(box && view && box.top >= view.top - 1 && box.bottom <= view.bottom + 1),
      viewCovered: Boolean(view && coveredTo >= view.bottom - 1),
    };
  });
}

describeInBrowser('moving from segment to segment in Chromium', (fixture) => {
  it('keeps the segment moved to in view and focused as Ctrl+↓ and Ctrl+↑ scroll the list', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 1).getByLabel('English translation').click();
    const scrolledFrom = await page.locator('.segment-list').evaluate((list) => list.scrollTop);
    for (let number = 2; number <= 25; number += 1) {
      await page.keyboard.press('Control+ArrowDown');
      expect(await placeNow(page)).toEqual({
        segment: `Segment ${number}`,
        editing: 'English translation',
        inView: true,
        viewCovered: true,
      });
    }
    expect(await page.locator('.segment-list').evaluate((list) => list.scrollTop)).toBeGreaterThan(
      scrolledFrom + 500,
    );
    for (let number = 24; number >= 5; number -= 1) {
      await page.keyboard.press('Control+ArrowUp');
      expect(await placeNow(page)).toEqual({
        segment: `Segment ${number}`,
        editing: 'English translation',
        inView: true,
        viewCovered: true,
      });
    }
    // The keys typed next go to the segment moved to.
    await page.keyboard.type('Five');
    await expect
      .poll(() => segment(page, 5).getByLabel('English translation').textContent())
      .toContain('Five');
  });

  it('moves the Comment button with the selected source as the list scrolls', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 3)
      .locator('.segment__source')
      .evaluate((cell) => {
        const text = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT).nextNode();
        if (!text) throw new Error('No text in the source cell');
        document.getSelection()?.setBaseAndExtent(text, 0, text, 2);
      });
    const button = page.getByRole('button', { name: 'Comment', exact: true });
    const before = (await button.boundingBox())?.y ?? 0;
    await page.locator('.segment-list').evaluate((list) => list.scrollBy(0, 40));
    await expect.poll(async () => (await button.boundingBox())?.y ?? 0).toBeCloseTo(before - 40, 0);
  });
});
