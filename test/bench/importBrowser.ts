/**
 * Importing a generated 20,000-unit XLIFF 2.0 file in the built app in headless Chromium: how
 * long until the import dialog, and until the new project shows, and the longest main-thread
 * task meanwhile (Long Tasks API), which is what the translator feels as a freeze.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { writeXliff2 } from '../../src/domain/formats/xliff/writeXliff2';
import { chromiumArgs, findChromium } from '../e2e/findChromium';
import { serveDist } from '../e2e/serveDist';
import { generate } from './xliff';

async function longestTaskSince(page: Page, run: () => Promise<void>) {
  await page.evaluate(() => {
    const state = window as unknown as { longest: number };
    state.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longest = Math.max(state.longest, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const started = Date.now();
  await run();
  const elapsed = Date.now() - started;
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  return { elapsed, longest };
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium');
  const xliff = writeXliff2(generate(), {
    srcLang: 'zh-Hant',
    convertSource: (text) => text,
    termsIn: () => [],
  });
  const file = join(await mkdtemp(join(tmpdir(), 'bench-')), 'bench.xlf');
  await writeFile(file, xliff);
  const server = await serveDist();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(server.url);
    await page.getByRole('group', { name: 'Segment 1', exact: true }).waitFor();
    const dialog = page.getByRole('dialog', { name: 'Import bench.xlf' });
    // The picker itself is the browser's; the measurement starts once the file is chosen.
    await page.locator('.import input[type=file]').setInputFiles(file);
    const read = await longestTaskSince(page, () => dialog.waitFor({ timeout: 120_000 }));
    const opened = await longestTaskSince(page, async () => {
      await dialog.getByRole('button', { name: 'Open as a new project' }).click();
      await page
        .getByRole('status')
        .filter({ hasText: '20000 segments' })
        .waitFor({ timeout: 120_000 });
      await page.getByRole('group', { name: 'Segment 1', exact: true }).waitFor();
    });
    console.log(
      `XLIFF 2.0 import in Chromium, ${(xliff.length / 1e6).toFixed(1)} M characters, 20,000 units:\n`,
    );
    console.log('| step | elapsed (ms) | longest main-thread task (ms) |');
    console.log('| --- | --- | --- |');
    console.log(
      `| read and check the file (worker) → dialog | ${read.elapsed} | ${read.longest.toFixed(0)} |`,
    );
    console.log(
      `| open as a new project → segment 1 shown | ${opened.elapsed} | ${opened.longest.toFixed(0)} |`,
    );
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
