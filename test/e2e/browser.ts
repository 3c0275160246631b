import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs } from './findChromium';

export interface BrowserFixture {
  page: Page;
  context: BrowserContext;
  baseUrl: string;
  /** Uncaught errors in the page; a test fails when there is any. */
  pageErrors: Error[];
}

/**
 * A describe block with one Chromium for the file and a fresh context (so a fresh IndexedDB)
 * per test. Skipped, with the message from globalSetup, when no Chromium is installed.
 */
export function describeInBrowser(name: string, body: (fixture: BrowserFixture) => void): void {
  const chromiumPath = inject('chromiumPath');
  describe.skipIf(!chromiumPath)(name, () => {
    let browser: Browser;
    const fixture = { baseUrl: inject('baseUrl') } as BrowserFixture;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
    });
    afterAll(async () => {
      await browser?.close();
    });
    beforeEach(async () => {
      fixture.context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
      fixture.page = await fixture.context.newPage();
      fixture.pageErrors = [];
      fixture.page.on('pageerror', (error) => fixture.pageErrors.push(error));
    });
    afterEach(async () => {
      await fixture.context?.close();
      expect(fixture.pageErrors.map(String)).toEqual([]);
    });
    body(fixture);
  });
}

export function segment(page: Page, number: number) {
  return page.getByRole('group', { name: `Segment ${number}`, exact: true });
}

/** Opens the app and waits until the first segment can be edited. */
export async function openWorkspace(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await segment(page, 1).getByLabel('English translation').waitFor();
}

/** Clicks "Import" and hands the file chooser that opens at once a file, as a user picks one. */
export async function importFile(
  page: Page,
  file: { name: string; mimeType: string; buffer: Buffer },
): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (await chooser).setFiles(file);
}

/** Opens the Settings panel (New project, Interface language, …) unless it is open already. */
export async function openSettings(page: Page, name = 'Settings'): Promise<void> {
  const button = page.getByRole('button', { name, exact: true });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
}
