import type { Locator, Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { describeInBrowser, openWorkspace, segment } from './browser';

/** Serious and critical axe violations in the page as it is now. */
async function axeViolations(page: Page): Promise<string[]> {
  return (await seriousAxeViolations(page)).map(
    (violation) => `${violation.id} at ${violation.nodes[0]?.target.join(' ') ?? ''}`,
  );
}

const preview = (page: Page) => page.getByRole('region', { name: 'Preview', exact: true });

/** Whether the element is inside the preview's scrolled view (not merely in the page). */
async function inPreviewView(page: Page, element: Locator): Promise<boolean> {
  const box = await element.boundingBox();
  const view = await preview(page).locator('.preview__page').boundingBox();
  if (!box || !view) return false;
  return box.y >= view.y && box.y + box.height <= view.y + view.height;
}

const focusedSegment = (page: Page) =>
  page.evaluate(() => document.activeElement?.closest('[role=group]')?.getAttribute('aria-label'));

describeInBrowser('the Preview and readiness in Chromium', (fixture) => {
  it('shows the publication, follows typing and the active segment', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const button = page.getByRole('button', { name: 'Preview', exact: true });
    expect(await button.getAttribute('aria-pressed')).toBe('false');
    await button.click();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
    const region = preview(page);
    await region.getByRole('heading', { level: 1, name: '[Translation pending]' }).waitFor();

    await segment(page, 1).getByLabel('English translation').click();
    await page.keyboard.type('Industrial internet');
    await region.getByRole('heading', { level: 1, name: 'Industrial internet' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => focusedSegment(page)).toBe('Segment 2');
    await region.getByText('Draft: in the export once confirmed').waitFor({ state: 'detached' });

    // Far down the proposal: the preview scrolls to the segment being typed in.
    await page.getByLabel('Go to segment', { exact: true }).fill('38');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedSegment(page)).toBe('Segment 38');
    await page.keyboard.type('Preview follows the caret');
    const typed = region.getByText('Preview follows the caret');
    await typed.waitFor();
    await expect.poll(() => inPreviewView(page, typed)).toBe(true);

    // Pressed again: the panel goes back to the tab it showed.
    await button.click();
    await region.waitFor({ state: 'detached' });
    expect(await page.getByRole('tab', { name: 'Glossary' }).getAttribute('aria-selected')).toBe(
      'true',
    );
  });

  it('lists what is not ready in the export dialog, and goes to a draft', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 2).getByLabel('English translation').click();
    await page.keyboard.type('A first try');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'HTML', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Not everything is translated yet' });
    const drafts = dialog.getByRole('region', { name: '1 draft' });
    expect(await drafts.textContent()).toContain('A first try');
    const untranslated = dialog.getByRole('region', { name: '39 untranslated segments' });
    expect(await untranslated.getByRole('button').count()).toBe(10);
    expect(await untranslated.textContent()).toContain('And 29 more.');
    // The draft misses the source's numbers: the quality checks say so, with errors counted.
    const quality = dialog.getByRole('region', { name: /^Quality issues: [1-9]\d* errors?/ });
    await quality.getByRole('button', { name: 'Go to segment 2' }).first().waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await drafts.getByRole('button', { name: 'Go to segment 2' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => focusedSegment(page)).toBe('Segment 2');
  });
});
