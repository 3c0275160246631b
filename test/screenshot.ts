/**
 * `npm run screenshot`: the README's picture, taken from the built app in headless Chromium
 * (the proposal with readings shown, a few segments translated, a glossary term marked).
 */
import { chromium, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from './e2e/findChromium';
import { serveDist } from './e2e/serveDist';

const segment = (page: Page, number: number) =>
  page.getByRole('group', { name: `Segment ${number}`, exact: true });

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium');
  const server = await serveDist();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
    await page.goto(server.url);
    await segment(page, 1).getByLabel('English translation').click();
    await page.keyboard.type('What did Pony Ma propose on the “industrial internet”?');
    await page.keyboard.press('Control+Enter');
    await page.keyboard.type('Ma Huateng, Tencent’s chairman, ');
    await page.keyboard.press('Escape');
    const glossary = page.getByRole('region', { name: 'Glossary' });
    await glossary.getByRole('button', { name: 'New term' }).click();
    await glossary.getByLabel('Source term').fill('產業互聯網');
    await glossary.getByLabel('Target term').fill('industrial internet');
    await glossary.getByRole('button', { name: 'Add term' }).click();
    await page.getByRole('checkbox', { name: 'Show readings' }).check();
    await segment(page, 3).getByLabel('Notes').click();
    await page.keyboard.type('Check the official English title.');
    await page.keyboard.press('Escape');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.screenshot({ path: 'test/screenshot.png' });
    console.log('test/screenshot.png written');
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
