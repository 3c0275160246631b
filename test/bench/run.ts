/**
 * `npm run bench`: typing and loading costs of the built app in headless Chromium, for the
 * 40-segment proposal and a generated 5,000-segment project. Prints medians of three runs.
 */
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, findChromium } from '../e2e/findChromium';
import { serveDist } from '../e2e/serveDist';
import { goToSegment, median, percentile, segment, taskDuration } from './pageMetrics';

const runs = 3;
const typed = 'The industrial internet is the advanced stage of the digital '.slice(0, 60);

interface Sample {
  firstEditableMs: number;
  perKey: Map<number, { mainThreadMs: number; frameP95Ms: number }>;
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium: apt-get install -y chromium or set CHROME_PATH');
  const server = await serveDist();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const proposal = await measureProject(
      browser.newContext.bind(browser),
      server.url,
      null,
      [1, 20, 40],
    );
    const large = await measureProject(
      browser.newContext.bind(browser),
      server.url,
      generatedProject(5000),
      [1, 2500, 5000],
    );
    report(proposal, large);
  } finally {
    await browser.close();
    await server.close();
  }
}

async function measureProject(
  newContext: () => Promise<BrowserContext>,
  url: string,
  text: string | null,
  segments: number[],
): Promise<Sample[]> {
  const context = await newContext();
  const page = await context.newPage();
  await page.setViewportSize({ width: 1400, height: 900 });
  await page.goto(url);
  await segment(page, 1).waitFor();
  if (text) await createProject(page, text);
  const samples: Sample[] = [];
  for (let run = 0; run < runs; run += 1) {
    const sample: Sample = { firstEditableMs: await firstEditable(page), perKey: new Map() };
    for (const number of segments) sample.perKey.set(number, await typeInto(page, context, number));
    samples.push(sample);
  }
  await context.close();
  return samples;
}

async function createProject(page: Page, text: string) {
  await page.getByRole('button', { name: 'Settings' }).click();
  await page.getByRole('button', { name: 'New project' }).click();
  const dialog = page.getByRole('dialog', { name: 'New project' });
  await dialog.getByLabel('Source file').setInputFiles({
    name: 'generated.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from(text),
  });
  await dialog.getByRole('button', { name: 'Create project' }).click();
  await dialog.waitFor({ state: 'hidden', timeout: 120_000 });
}

/** From navigation start to the caret blinking in segment 1's translation. */
async function firstEditable(page: Page): Promise<number> {
  await page.getByLabel('Go to segment').fill('1');
  await page.getByLabel('Go to segment').press('Enter');
  await page.keyboard.press('Escape');
  await page.reload();
  await segment(page, 1).getByLabel('English translation').click();
  await page.waitForFunction(() => document.activeElement?.classList.contains('ProseMirror'));
  return page.evaluate(() => performance.now());
}

async function typeInto(page: Page, context: BrowserContext, number: number) {
  await goToSegment(page, number);
  await page.evaluate(() => {
    const frames: number[] = [];
    (window as unknown as { benchFrames: number[] }).benchFrames = frames;
    document.addEventListener(
      'keydown',
      (event) => {
        const start = event.timeStamp;
        requestAnimationFrame(() => setTimeout(() => frames.push(performance.now() - start)));
      },
      { capture: true },
    );
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const before = await taskDuration(cdp);
  await page.keyboard.type(typed, { delay: 30 });
  const after = await taskDuration(cdp);
  await page.waitForFunction(
    (count) => (window as unknown as { benchFrames: number[] }).benchFrames.length >= count,
    typed.length,
  );
  const frames = await page.evaluate(
    () => (window as unknown as { benchFrames: number[] }).benchFrames,
  );
  await cdp.detach();
  await page.keyboard.press('Escape');
  return {
    mainThreadMs: ((after - before) * 1000) / typed.length,
    frameP95Ms: percentile(frames, 0.95),
  };
}

function generatedProject(count: number): string {
  const characters =
    '產業互聯網數字經濟發展高級階段推動高質量重要動力提升公共治理能力有力抓手建議指出作為大數據人工智能實體經濟深度融合';
  const lines: string[] = [];
  for (let index = 0; index < count; index += 1) {
    if (index % 25 === 0) {
      lines.push(`  第${index / 25 + 1}節`);
      continue;
    }
    const length = 60 + ((index * 37) % 61);
    let line = '';
    for (let char = 0; char < length; char += 1) {
      line += characters[(index * 7 + char * 13) % characters.length];
    }
    lines.push(`${line}。`);
  }
  return lines.join('\n');
}

function report(proposal: Sample[], large: Sample[]) {
  const fmt = (value: number) => value.toFixed(1);
  const keyMedian = (samples: Sample[], number: number, field: 'mainThreadMs' | 'frameP95Ms') =>
    median(samples.map((sample) => sample.perKey.get(number)?.[field] ?? NaN));
  const proposalPerKey = keyMedian(proposal, 1, 'mainThreadMs');
  const rows: string[][] = [];
  const add = (project: string, samples: Sample[], numbers: number[], limitPerKey: number) => {
    const firstEditable = median(samples.map((sample) => sample.firstEditableMs));
    for (const number of numbers) {
      const perKey = keyMedian(samples, number, 'mainThreadMs');
      const p95 = keyMedian(samples, number, 'frameP95Ms');
      const pass = firstEditable <= 1500 && perKey <= limitPerKey && p95 <= 33;
      rows.push([
        project,
        String(number),
        fmt(firstEditable),
        fmt(perKey),
        fmt(p95),
        pass ? 'PASS' : 'FAIL',
      ]);
    }
  };
  add('proposal (40)', proposal, [1, 20, 40], Infinity);
  add('generated (5,000)', large, [1, 2500, 5000], 1.25 * proposalPerKey);
  const header = [
    'project',
    'typing in segment',
    'first editable (ms)',
    'main thread per key (ms)',
    'keydown→frame p95 (ms)',
    'targets',
  ];
  console.log(`\nMedians of ${runs} runs; ${typed.length} keys per segment, 30 ms apart.`);
  console.log(
    'Targets: first editable ≤ 1,500 ms; per key at 5,000 ≤ 1.25 × the proposal’s; p95 ≤ 33 ms.\n',
  );
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => ' --- ').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

await main();
