/**
 * `npm run screenshot`: the README's pictures, taken from the built app in headless Chromium at
 * 1366×768 (a laptop), in English and in Simplified Chinese: the proposal with two segments
 * translated, glossary terms marked, a note, the second segment active.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import en from '../locales/en/translation.json';
import zhHans from '../locales/zh-Hans/translation.json';
import { chromiumArgs, findChromium } from './e2e/findChromium';
import { serveDist } from './e2e/serveDist';

type Locale = typeof en;

const shots: { locale: string; strings: Locale; file: string; readings: boolean }[] = [
  { locale: 'en-GB', strings: en, file: 'docs/workspace-en.png', readings: true },
  { locale: 'zh-CN', strings: zhHans, file: 'docs/workspace-zh-Hans.png', readings: false },
];

const terms = [
  ['產業互聯網', 'industrial internet'],
  ['兩會', 'Two Sessions'],
  ['馬化騰', 'Ma Huateng'],
] as const;

async function take(browser: Browser, url: string, shot: (typeof shots)[number]) {
  const { strings: s } = shot;
  const context = await browser.newContext({
    viewport: { width: 1366, height: 768 },
    locale: shot.locale,
  });
  const page = await context.newPage();
  const segment = (number: number) =>
    page.getByRole('group', {
      name: s.segment.group.replace('{{number}}', String(number)),
      exact: true,
    });
  await page.goto(url);
  // The one-time clean-up notice covers the lower side panel, where the glossary's buttons are.
  await page.getByRole('button', { name: s.notice.dismiss }).first().click();
  await segment(1).getByLabel(s.segment.translation).click();
  await page.keyboard.type('What did Pony Ma propose on the “industrial internet”?');
  await page.keyboard.press('Control+Enter');
  await page.keyboard.type(
    'With the Two Sessions of 2020 about to open, Ma Huateng, deputy to the National People’s ' +
      'Congress and chairman and CEO of Tencent, plans to submit seven written proposals.',
  );
  await page.keyboard.press('Escape');
  const glossary = page.getByRole('region', { name: s.glossary.title });
  const sourceTerm = glossary.getByLabel(s.glossary.sourceTerm);
  for (const [source, target] of terms) {
    if (!(await sourceTerm.isVisible())) {
      await glossary.getByRole('button', { name: s.glossary.newTerm }).click();
    }
    await sourceTerm.fill(source);
    await glossary.getByLabel(s.glossary.targetTerm).fill(target);
    await glossary.getByRole('button', { name: s.glossary.add }).click();
    await page.waitForFunction(
      (label) =>
        [...document.querySelectorAll('label')]
          .filter((element) => element.textContent === label)
          .every((element) => (element.control as HTMLInputElement | null)?.value === ''),
      s.glossary.sourceTerm,
    );
  }
  if (shot.readings) {
    await page.getByRole('button', { name: s.layout.settings }).click();
    await page.getByLabel(s.settings.showReadings).check();
    await page.keyboard.press('Escape');
  }
  await segment(3).getByLabel(s.segment.notes).click();
  await page.keyboard.type('Check the official English title of the proposal.');
  await page.keyboard.press('Escape');
  await segment(2).getByLabel(s.segment.translation).click();
  await page.keyboard.press('End');
  // The one-time clean-up notice would cover the glossary in the picture.
  for (const close of await page.getByRole('button', { name: s.notice.dismiss }).all()) {
    await close.click();
  }
  await page.getByRole('status').filter({ hasText: s.save.saved }).waitFor();
  // The panel from its top: this segment's terms, then the list.
  await page.getByRole('tabpanel').evaluate((panel) => panel.scrollTo(0, 0));
  await page.screenshot({ path: shot.file });
  console.log(`${shot.file} written`);
  await context.close();
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium');
  mkdirSync('docs', { recursive: true });
  const server = await serveDist();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    for (const shot of shots) await take(browser, server.url, shot);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
