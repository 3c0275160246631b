/**
 * `npm run bench:glossary` (also part of `npm run bench`): typing and scrolling with the glossary
 * panel open and a 30-term glossary, in the proposal and in the proposal repeated to 20,000
 * segments with every other copy translated. For each of three positions (start, middle, end)
 * it types 200 keys 30 ms apart, waiting midway for a save, and measures Chromium's main-thread
 * time per key, keydown → next frame (p95, max) and long tasks (Long Tasks API); then it scrolls
 * the segment list by wheel and counts long tasks again.
 *
 * Options: --runs N (default 3; medians are reported), --segments N (default 20000), --profile
 * DIR (writes a Chromium CPU profile of each typing window and a trace of each scroll in the
 * large project, for DevTools' Performance panel; profiling slows the page, so the figures of
 * such a run are not comparable),
 * --panel quality (types with the side panel on the Quality checks tab instead of the glossary,
 * and reports the whole-project check's time in its worker, the page's `qa:whole-project`),
 * --panel preview (types with the Preview shown, opened by its top-bar button, and reports how
 * long it took to show the publication and how long its refreshes while typing took, the page's
 * `preview:refresh`), --notes (gives each typed segment a translator's note first, through its
 * "Add translator's note" button, so the typing is in a segment with a note: with --panel preview,
 * what a footnote costs the Preview).
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  chromium,
  type Browser,
  type BrowserContext,
  type CDPSession,
  type Page,
} from 'playwright-core';
import { chromiumArgs, findChromium } from '../e2e/findChromium';
import { serveDist } from '../e2e/serveDist';
import { goToSegment, median, percentile, segment, taskDuration } from './pageMetrics';
import {
  glossaryCsv,
  glossaryRecords,
  matchingSegments,
  proposal,
  repeatedProposalFile,
} from './proposalProject';

const { values: options } = parseArgs({
  options: {
    runs: { type: 'string', default: '3' },
    segments: { type: 'string', default: '20000' },
    profile: { type: 'string' },
    panel: { type: 'string', default: 'glossary' },
    notes: { type: 'boolean', default: false },
  },
});
const panelTabs: Record<string, string> = { quality: 'Quality checks', preview: 'Preview' };
const panelTab = panelTabs[options.panel] ?? 'Glossary';
const previewRefresh = 'preview:refresh';
const runs = Number(options.runs);
const largeCount = Number(options.segments);
if (!(runs >= 1) || !(largeCount >= proposal.segments.length * 3))
  throw new Error('--runs must be ≥ 1 and --segments at least three copies of the proposal');

const keys = 200;
const typed =
  'The industrial internet is the advanced stage of the digital economy; cloud computing and new infrastructure carry it. '
    .repeat(2)
    .slice(0, keys);
const scrollSteps = 20;
const scrollStepPx = 200;
const targets = { ratio: 1.25, p95Ms: 33, longTaskMs: 50 };
// Segment 2, 21 and 40 of the proposal: paragraphs (not headings) at its start, middle and end.
const proposalSegments = [2, 21, 40] as const;
const positions = ['start', 'middle', 'end'] as const;

interface LongTask {
  start: number;
  duration: number;
}

interface TypingSample {
  perKeyMs: number;
  frameP95Ms: number;
  frameMaxMs: number;
  longTasks: LongTask[];
  saves: number;
}

interface ProjectResult {
  name: string;
  segments: number[];
  /** [run][position] */
  typing: TypingSample[][];
  /** [run] */
  scrolling: LongTask[][];
  setup: string[];
}

/** In the page before any of its scripts: a log of long tasks and of keydown → next frame. */
function instrument() {
  const bench = {
    longTasks: [] as { start: number; duration: number }[],
    frames: [] as number[],
  };
  (window as unknown as { bench: typeof bench }).bench = bench;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries())
      bench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask' });
  document.addEventListener(
    'keydown',
    (event) => {
      const start = event.timeStamp;
      requestAnimationFrame(() => setTimeout(() => bench.frames.push(performance.now() - start)));
    },
    { capture: true },
  );
}

type BenchWindow = Window & {
  bench: { longTasks: LongTask[]; frames: number[]; saves: number[]; observer?: MutationObserver };
};

const now = (page: Page) => page.evaluate(() => performance.now());

/**
 * Resolves once the main thread has run no task longer than 50 ms for 500 ms on end (timers
 * 20 ms apart never late by more than that), so one measurement does not pay for the last.
 */
async function mainThreadQuiet(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const deadline = performance.now() + 120_000;
    let quietSince = performance.now();
    let last = quietSince;
    while (performance.now() - quietSince < 500) {
      if (performance.now() > deadline) throw new Error('The page stayed busy for two minutes');
      await new Promise((resolve) => setTimeout(resolve, 20));
      const at = performance.now();
      if (at - last > 70) quietSince = at;
      last = at;
    }
  });
}

const saveStatus = (page: Page) =>
  page.getByRole('status').filter({ hasText: /^(Saved|Saving…|Not saved.*)$/ });
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^Saved$/ });

/** Records when the save indicator turns to "Saved" from something else. */
async function watchSaves(page: Page): Promise<void> {
  const indicator = await saveStatus(page).elementHandle();
  if (!indicator) throw new Error('No save indicator (a status reading Saved or Saving…)');
  await indicator.evaluate((element) => {
    const { bench } = window as unknown as BenchWindow;
    bench.observer?.disconnect();
    bench.saves = [];
    let text = element.textContent;
    bench.observer = new MutationObserver(() => {
      if (element.textContent === text) return;
      text = element.textContent;
      if (text === 'Saved') bench.saves.push(performance.now());
    });
    bench.observer.observe(element, { childList: true, characterData: true, subtree: true });
  });
}

async function longTasksBetween(page: Page, from: number, to: number): Promise<LongTask[]> {
  // Entries arrive after their task; once the page is quiet, all of the window's are in.
  await mainThreadQuiet(page);
  return page.evaluate(
    (span) =>
      (window as unknown as BenchWindow).bench.longTasks.filter(
        (task) => task.start >= span.from && task.start <= span.to,
      ),
    { from, to },
  );
}

async function typeAt(
  page: Page,
  cdp: CDPSession,
  number: number,
  profileTo: string | null,
): Promise<TypingSample> {
  await goToSegment(page, number);
  if (options.notes) {
    await segment(page, number).getByRole('button', { name: "Add translator's note" }).click();
    await page.keyboard.type('A note');
    // Back into the translation, after the reference: the typing goes there.
    await goToSegment(page, number);
  }
  await mainThreadQuiet(page);
  await watchSaves(page);
  if (profileTo) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.start');
  }
  await page.evaluate(() => {
    (window as unknown as BenchWindow).bench.frames = [];
  });
  const from = await now(page);
  const before = await taskDuration(cdp);
  const half = Math.floor(keys / 2);
  await page.keyboard.type(typed.slice(0, half), { delay: 30 });
  // A save (300 ms after the last key) inside the window; typing resumes once it is done.
  await saved(page).waitFor({ timeout: 120_000 });
  await page.keyboard.type(typed.slice(half), { delay: 30 });
  await page.waitForFunction(
    (count) => (window as unknown as BenchWindow).bench.frames.length >= count,
    keys,
    { timeout: 120_000 },
  );
  await saved(page).waitFor({ timeout: 120_000 });
  const after = await taskDuration(cdp);
  const to = await now(page);
  if (profileTo) {
    const { profile } = await cdp.send('Profiler.stop');
    await writeFile(profileTo, JSON.stringify(profile));
  }
  const { frames, saves } = await page.evaluate(() => {
    const { bench } = window as unknown as BenchWindow;
    bench.observer?.disconnect();
    return { frames: bench.frames, saves: bench.saves.length };
  });
  if (saves === 0) throw new Error(`No save seen while typing into segment ${number}`);
  await page.keyboard.press('Escape');
  return {
    perKeyMs: ((after - before) * 1000) / keys,
    frameP95Ms: percentile(frames, 0.95),
    frameMaxMs: Math.max(...frames),
    longTasks: await longTasksBetween(page, from, to),
    saves,
  };
}

/** Wheel steps over the segment list from its top, each waiting until the list has moved. */
/** Trace categories of DevTools' Performance panel (tasks, style, layout, paint, GC, JS samples). */
const categories = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'disabled-by-default-devtools.timeline.frame',
  'v8',
  'v8.execute',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
];

async function scrollList(page: Page, traceTo: string | null): Promise<LongTask[]> {
  await goToSegment(page, 1);
  await page.keyboard.press('Escape');
  const list = page.getByRole('region', { name: 'Segments', exact: true });
  const box = await list.boundingBox();
  if (!box) throw new Error('The segment list is not visible');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  // The region itself, or the element in it that scrolls. (No named functions in page code:
  // tsx would wrap them in a helper the page does not have.)
  const scroller = await list.evaluateHandle(
    (region) =>
      [region, ...region.querySelectorAll('*')].find(
        (element) =>
          element.scrollHeight > element.clientHeight + 1 &&
          /auto|scroll/.test(getComputedStyle(element).overflowY),
      ) ?? region,
  );
  await mainThreadQuiet(page);
  // A trace, not only a CPU profile: what the page does while scrolling is mostly style,
  // layout and paint, which a CPU profile shows as "(program)".
  const browser = page.context().browser();
  if (traceTo && browser) await browser.startTracing(page, { path: traceTo, categories });
  const from = await now(page);
  for (let step = 0; step < scrollSteps; step += 1) {
    const top = await scroller.evaluate((element) => element.scrollTop);
    await page.mouse.wheel(0, scrollStepPx);
    const moved = await page.waitForFunction(
      ([element, top, step]) =>
        element instanceof Element &&
        (element.scrollTop >= top + step - 1 ||
          element.scrollTop + element.clientHeight >= element.scrollHeight - 1),
      [scroller, top, scrollStepPx] as const,
      { timeout: 30_000 },
    );
    await moved.dispose();
    const atBottom = await scroller.evaluate(
      (element) => element.scrollTop + element.clientHeight >= element.scrollHeight - 1,
    );
    if (atBottom) break;
  }
  // The rows scrolled into view render in the frames after the last step.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  const to = await now(page);
  await scroller.dispose();
  if (traceTo && browser) await browser.stopTracing();
  return longTasksBetween(page, from, to);
}

/** Opens the glossary panel unless it is shown, and imports the glossary CSV through it. */
async function importGlossary(page: Page): Promise<void> {
  const panel = page.getByRole('region', { name: 'Glossary', exact: true });
  if (!(await panel.isVisible())) {
    await page
      .getByRole('button', { name: 'Glossary', exact: true })
      .or(page.getByRole('tab', { name: 'Glossary', exact: true }))
      .click();
  }
  const chooser = page.waitForEvent('filechooser');
  await panel.getByRole('button', { name: 'Import glossary' }).click();
  await (
    await chooser
  ).setFiles({
    name: 'proposal-glossary.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(glossaryCsv),
  });
  await panel
    .getByText(`Imported ${glossaryRecords.length} new terms`)
    .waitFor({ timeout: 120_000 });
}

interface OpenProject extends ProjectResult {
  context: BrowserContext;
  page: Page;
  cdp: CDPSession;
  errors: Error[];
  profile: boolean;
}

/** A fresh context (so a fresh database) with the project open and the glossary imported. */
async function openProject(
  browser: Browser,
  url: string,
  name: string,
  segments: number[],
  projectFile: { text: string; segmentCount: number } | null,
): Promise<OpenProject> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const errors: Error[] = [];
  page.on('pageerror', (error) => errors.push(error));
  await page.addInitScript(instrument);
  await page.goto(url);
  await segment(page, 1).waitFor();
  const setup: string[] = [];
  if (projectFile) {
    const started = Date.now();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (
      await chooser
    ).setFiles(
      {
        name: 'bench-project.json',
        mimeType: 'application/json',
        buffer: Buffer.from(projectFile.text),
      },
      // Handing 26 MB to the page takes long on a loaded machine.
      { timeout: 180_000 },
    );
    await page
      .getByRole('status')
      .filter({ hasText: `: ${projectFile.segmentCount} segments` })
      .waitFor({ timeout: 180_000 });
    await segment(page, 1).waitFor({ timeout: 120_000 });
    setup.push(
      `project file (${(projectFile.text.length / 1e6).toFixed(1)} M characters) imported in ${Date.now() - started} ms`,
    );
  }
  const started = Date.now();
  await importGlossary(page);
  // Terms are marked in the source once recognition has run over the rows on screen.
  await segment(page, 2).locator('mark').first().waitFor({ timeout: 120_000 });
  setup.push(`glossary imported and marked in ${Date.now() - started} ms`);
  if (panelTab === 'Quality checks') {
    await page.getByRole('tab', { name: panelTab, exact: true }).click();
    await page.getByRole('region', { name: panelTab, exact: true }).waitFor();
    // The project is checked in a worker when it opens and again when the glossary changes.
    const expected = {
      segments: projectFile?.segmentCount ?? proposal.segments.length,
      terms: glossaryRecords.length,
    };
    const run = await page.waitForFunction(
      (wanted) =>
        performance
          .getEntriesByName('qa:whole-project')
          .map((entry) => entry as PerformanceMeasure)
          .find(
            (entry) =>
              (entry.detail as typeof wanted).segments === wanted.segments &&
              (entry.detail as typeof wanted).terms === wanted.terms,
          )?.duration,
      expected,
      { timeout: 180_000 },
    );
    const measured = (await run.jsonValue()) as number;
    setup.push(
      `whole-project quality check in its worker (request to result): ${measured.toFixed(0)} ms`,
    );
  }
  if (panelTab === 'Preview') {
    const opened = Date.now();
    await page.getByRole('button', { name: 'Preview', exact: true }).click();
    await page
      .getByRole('region', { name: 'Preview', exact: true })
      .getByRole('heading', { level: 1 })
      .waitFor({ timeout: 120_000 });
    const first = await previewRefreshes(page);
    setup.push(
      `Preview shown in ${Date.now() - opened} ms (click to title); first build of the ` +
        `publication ${first.at(-1)?.toFixed(0) ?? '?'} ms`,
    );
    await page.evaluate((name) => performance.clearMeasures(name), previewRefresh);
  }
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  const profile = Boolean(options.profile && projectFile);
  return { name, segments, typing: [], scrolling: [], setup, context, page, cdp, errors, profile };
}

/** One run: typing at each position, then the scroll. */
async function measureRun(project: OpenProject, run: number): Promise<void> {
  const { page, cdp } = project;
  // Both projects stay open; the one measured is in front.
  await page.bringToFront();
  const samples: TypingSample[] = [];
  for (const number of project.segments) {
    const profileTo =
      options.profile && project.profile
        ? join(options.profile, `typing-${number}-run${run + 1}.cpuprofile`)
        : null;
    samples.push(await typeAt(page, cdp, number, profileTo));
  }
  project.typing.push(samples);
  const traceTo =
    options.profile && project.profile
      ? join(options.profile, `scrolling-run${run + 1}.trace.json`)
      : null;
  project.scrolling.push(await scrollList(page, traceTo));
}

/** The durations of the Preview's refreshes recorded so far (ms). */
function previewRefreshes(page: Page): Promise<number[]> {
  return page.evaluate(
    (name) => performance.getEntriesByName(name).map((entry) => entry.duration),
    previewRefresh,
  );
}

async function closeProject(project: OpenProject): Promise<void> {
  if (panelTab === 'Quality checks') {
    // One when the project opened and one when the glossary was imported: any more would be
    // whole-project checks started by typing or scrolling.
    const checks = await project.page.evaluate(
      (name) => performance.getEntriesByName(name).map((entry) => entry.duration.toFixed(0)),
      'qa:whole-project',
    );
    project.setup.push(`whole-project checks in all: ${checks.length} (${checks.join(', ')} ms)`);
  }
  if (panelTab === 'Preview') {
    const refreshes = await previewRefreshes(project.page);
    project.setup.push(
      `Preview refreshes while typing (all runs): ${refreshes.length}, median ` +
        `${median(refreshes).toFixed(1)} ms, max ${Math.max(0, ...refreshes).toFixed(1)} ms`,
    );
  }
  await project.cdp.detach();
  await project.context.close();
  if (project.errors.length > 0)
    throw new Error(`Errors in the page: ${project.errors.map(String).join('; ')}`);
}

function report(results: ProjectResult[], loads: string[]) {
  const fmt = (value: number) => value.toFixed(1);
  const longest = (tasks: LongTask[]) => Math.max(0, ...tasks.map((task) => task.duration));
  const tasksCell = (perRun: LongTask[][]) => {
    const all = perRun.flat();
    return all.length === 0
      ? '0'
      : `${median(perRun.map((tasks) => tasks.length))} (max ${longest(all).toFixed(0)} ms)`;
  };
  const [baseline] = results;
  const baselinePerKey = positions.map((_, index) =>
    median(baseline?.typing.map((run) => run[index]?.perKeyMs ?? NaN) ?? []),
  );
  const header = [
    'project',
    'position (segment)',
    'main thread per key (ms)',
    'ratio to proposal',
    'keydown→frame p95 (ms)',
    'keydown→frame max (ms)',
    'long tasks typing',
    'long tasks scrolling',
    'saves seen',
    'targets',
  ];
  const rows: string[][] = [];
  for (const result of results) {
    const scrollingLongest = longest(result.scrolling.flat());
    positions.forEach((position, index) => {
      const samples = result.typing.map((run) => run[index]).filter((sample) => !!sample);
      const perKey = median(samples.map((sample) => sample.perKeyMs));
      const ratio = perKey / (baselinePerKey[index] ?? NaN);
      const p95 = median(samples.map((sample) => sample.frameP95Ms));
      const max = median(samples.map((sample) => sample.frameMaxMs));
      const typingTasks = samples.map((sample) => sample.longTasks);
      const pass =
        ratio <= targets.ratio &&
        p95 <= targets.p95Ms &&
        longest(typingTasks.flat()) <= targets.longTaskMs &&
        scrollingLongest <= targets.longTaskMs;
      rows.push([
        result.name,
        `${position} (${result.segments[index]})`,
        fmt(perKey),
        `${ratio.toFixed(2)}×`,
        fmt(p95),
        fmt(max),
        tasksCell(typingTasks),
        tasksCell(result.scrolling),
        samples.map((sample) => sample.saves).join('/'),
        pass ? 'PASS' : 'FAIL',
      ]);
    });
  }
  console.log(
    `\nTyping with the side panel on ${panelTab} and ${glossaryRecords.length} terms` +
      `${options.notes ? ", in segments with a translator's note" : ''}: ${keys} keys ` +
      `30 ms apart per position, a save awaited midway; then ${scrollSteps} wheel steps of ` +
      `${scrollStepPx} px down the segment list. Medians of ${runs} run(s); long tasks: count ` +
      'per run (median) and the longest of all runs; saves seen: per run.',
  );
  console.log(
    `Load average (1 min) of this machine (${cpus().length} cores) as each run began: ` +
      `${loads.join(', ')}.`,
  );
  console.log(
    `Targets: per key ≤ ${targets.ratio} × the proposal's at the same position; p95 ≤ ` +
      `${targets.p95Ms} ms; no long task (> ${targets.longTaskMs} ms) while typing or scrolling.\n`,
  );
  for (const result of results)
    for (const line of result.setup) console.log(`${result.name}: ${line}`);
  console.log('');
  console.log(`| ${header.join(' | ')} |`);
  console.log(`|${header.map(() => ' --- ').join('|')}|`);
  for (const row of rows) console.log(`| ${row.join(' | ')} |`);
}

async function main() {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error('No Chromium: apt-get install -y chromium or set CHROME_PATH');
  if (options.profile) await mkdir(options.profile, { recursive: true });
  const server = await serveDist();
  const browser = await chromium.launch({ executablePath, args: chromiumArgs });
  try {
    const small = await openProject(
      browser,
      server.url,
      `proposal (${proposal.segments.length})`,
      [...proposalSegments],
      null,
    );
    const large = await openProject(
      browser,
      server.url,
      `proposal repeated (${largeCount.toLocaleString('en')}, half translated)`,
      matchingSegments(largeCount, proposalSegments),
      { text: repeatedProposalFile(largeCount), segmentCount: largeCount },
    );
    // Runs alternate between the projects, so a machine that gets busier or quieter during the
    // bench shifts both alike and the ratio between them holds.
    const loads: string[] = [];
    for (let run = 0; run < runs; run += 1) {
      loads.push(loadavg()[0]?.toFixed(1) ?? '?');
      await measureRun(small, run);
      await measureRun(large, run);
    }
    await closeProject(small);
    await closeProject(large);
    report([small, large], loads);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
