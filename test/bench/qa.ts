/**
 * Quality checks on the 20,000-segment project (the proposal repeated, every other copy
 * translated) with the 30-term glossary: the whole-project check as the app's two workers run it
 * (each half's request and reply copied as postMessage copies them, and the check between; the
 * halves run one after the other here and side by side in the app, so the wait reported is the
 * longer half's), and as one worker would, the page's taking over of its result, and the re-check
 * of one keystroke (`QaEngine.update`) while 200 keys are typed into an untranslated segment in
 * the middle of the project.
 *
 * The whole-project check in the built app, in its worker, is also measured in the browser by
 * `npm run bench:glossary -- --panel quality` (typingWithGlossary.ts), which reports the page's
 * `qa:whole-project` measure.
 */
import { cpus, loadavg } from 'node:os';
import { makeCharFold } from '../../src/domain/glossary/charFold';
import type { GlossaryEntry } from '../../src/domain/glossary/glossaryEntry';
import { TermMatcher } from '../../src/domain/glossary/TermMatcher';
import { readProjectFile } from '../../src/domain/formats/projectFile/projectFile';
import { emptyRichText } from '../../src/domain/model/richText';
import type { Segment } from '../../src/domain/model/segment';
import { checkWholeProject } from '../../src/domain/qa/checkWholeProject';
import { perSegmentChecks } from '../../src/domain/qa/checks';
import { makeComparisonKey } from '../../src/domain/qa/comparisonKey';
import { packQaSegments, unpackQaSegments } from '../../src/domain/qa/packedSegments';
import { QaEngine, type QaPrecomputed } from '../../src/domain/qa/QaEngine';
import { joinShards, shardRanges } from '../../src/domain/qa/shards';
import type { QaSegment } from '../../src/domain/qa/types';
import { loadScriptConverter } from '../../src/domain/script/convertScript';
import { median, percentile } from './pageMetrics';
import {
  glossaryRecords,
  matchingSegments,
  proposal,
  repeatedProposalFile,
} from './proposalProject';

const count = 20_000;
const runs = 3;
const keys = 200;
const typed =
  'The industrial internet is the advanced stage of the digital economy; cloud computing and new infrastructure carry it. '
    .repeat(2)
    .slice(0, keys);
const targets = { wholeMs: 500, keyMs: 2 };

function time<T>(run: () => T): { ms: number; cpuMs: number; result: T } {
  const start = performance.now();
  const cpu = process.cpuUsage();
  const result = run();
  const used = process.cpuUsage(cpu);
  return { ms: performance.now() - start, cpuMs: (used.user + used.system) / 1000, result };
}

function asChecked(segment: Segment, index: number): QaSegment {
  return {
    id: segment.id,
    index,
    kind: segment.kind,
    status: segment.status,
    source: segment.source,
    sentenceEnds: segment.sentenceEnds,
    translation: segment.translationText,
  };
}

export async function benchQa(): Promise<string> {
  const read = readProjectFile(repeatedProposalFile(count));
  if (!read.ok) throw new Error('The bench project is refused');
  const segments = read.document.segments.map(asChecked);
  const glossary: GlossaryEntry[] = glossaryRecords.map((record, index) => ({
    ...record,
    id: `g${index}`,
    projectId: 'p-bench',
    note: emptyRichText(),
    createdAt: 0,
    updatedAt: 0,
  }));
  const toSimplified = await loadScriptConverter('zh-Hans');

  const wholeRuns: WholeRun[] = [];
  const shardedRuns: (WholeRun & { join: number })[] = [];
  const loads: { ms: number; cpuMs: number }[] = [];
  let issues = 0;
  let longestSlice = 0;
  let slices = 0;
  for (let run = 0; run < runs; run += 1) {
    // In one worker, as for a project too small to split.
    const single = inWorker(segments, glossary, toSimplified);
    wholeRuns.push(single.run);
    // In two, as the app checks a large project: each half as its worker does it, one after
    // the other here; in the app they run side by side, so the wait is the longer half's.
    const halves = shardRanges(count, 2).map(({ start, end }) => ({
      start,
      ...inWorker(segments.slice(start, end), glossary, toSimplified),
    }));
    const joined = time(() => joinShards(halves));
    const longer = halves.reduce((a, b) => (a.run.total >= b.run.total ? a : b)).run;
    shardedRuns.push({
      ...longer,
      total: longer.total + joined.ms,
      cpu: halves.reduce((sum, half) => sum + half.run.cpu, joined.cpuMs),
      join: joined.ms,
    });
    const engine = pageEngine(glossary, toSimplified);
    loads.push(time(() => engine.load(segments, single.result)));
    issues = engine.countsBy().total;
    // As the page takes it over: in slices of 8 ms (QaSession), the longest one measured.
    const stepped = pageEngine(glossary, toSimplified);
    const step = stepped.loadInSteps(segments, joined.result);
    for (let done = false; !done;) {
      const start = performance.now();
      done = step(() => performance.now() - start >= 8);
      const ms = performance.now() - start;
      longestSlice = Math.max(longestSlice, ms);
      slices += 1;
    }
  }

  // The page's engine, loaded from a worker's result, then 200 keys typed into one segment.
  const engine = pageEngine(glossary, toSimplified);
  engine.load(segments, checkWholeProject(segments, glossary, toSimplified, perSegmentChecks));
  const [, middle = 1] = matchingSegments(count, [2, 21, 40]);
  const base = segments[middle - 1];
  if (!base) throw new Error('No segment to type into');
  const perKey: number[] = [];
  let changedMost = 0;
  for (let run = 0; run < runs; run += 1) {
    for (let key = 1; key <= keys; key += 1) {
      const next: QaSegment = { ...base, status: 'draft', translation: typed.slice(0, key) };
      const update = time(() => engine.update(next));
      perKey.push(update.ms);
      changedMost = Math.max(changedMost, update.result.size);
    }
    engine.update({ ...base });
  }

  const fmt = (value: number) => value.toFixed(1);
  const whole = median(wholeRuns.map((run) => run.total));
  const sharded = median(shardedRuns.map((run) => run.total));
  const wholeCell = (measured: WholeRun[]) =>
    `${fmt(median(measured.map((run) => run.total)))} ms, CPU ${fmt(median(measured.map((run) => run.cpu)))} ms (check ${fmt(median(measured.map((run) => run.check)))}, copies ${fmt(median(measured.map((run) => run.copies)))})`;
  const keyMedian = median(perKey);
  const keyP95 = percentile(perKey, 0.95);
  const keyMax = Math.max(...perKey);
  const fmt3 = (value: number) => value.toFixed(3);
  return [
    `Quality checks, ${count.toLocaleString('en')} segments (the proposal of ${proposal.segments.length} repeated, every other copy translated), ${glossary.length}-term glossary, ${perSegmentChecks.length} per-segment checks + consistency + terminology; ${issues} issues found. Medians of ${runs} runs; wall-clock time, and the process's CPU time (which a busy machine inflates less). Load average (1 min) at the start: ${loadavg()[0]?.toFixed(1)} on ${cpus().length} cores.`,
    '',
    '| measure | result | target |',
    '| --- | --- | --- |',
    `| whole project in two workers, as the app checks a large project (the longer half's copy in + check + copy out, + joining the halves) | ${fmt(sharded)} ms (longer half: check ${fmt(median(shardedRuns.map((run) => run.check)))}, copies ${fmt(median(shardedRuns.map((run) => run.copies)))}; joining ${fmt(median(shardedRuns.map((run) => run.join)))}); CPU of both halves ${fmt(median(shardedRuns.map((run) => run.cpu)))} ms | ${sharded <= targets.wholeMs ? 'PASS' : 'FAIL'} ≤ ${targets.wholeMs} ms |`,
    `| whole project in one worker (copy in + check + copy out) | ${wholeCell(wholeRuns)} | ${whole <= targets.wholeMs ? 'PASS' : 'FAIL'} ≤ ${targets.wholeMs} ms |`,
    `| the page taking over the worker's result (QaEngine.load) | ${fmt(median(loads.map((load) => load.ms)))} ms (CPU ${fmt(median(loads.map((load) => load.cpuMs)))} ms) in all; in 8 ms slices as the page does it, the longest slice ${fmt(longestSlice)} ms (${Math.round(slices / runs)} slices) | ${longestSlice <= 50 ? 'PASS' : 'FAIL'} no slice over 50 ms |`,
    `| re-check per keystroke (QaEngine.update), ${keys} keys × ${runs} | median ${fmt3(keyMedian)} ms, p95 ${fmt3(keyP95)} ms, max ${fmt3(keyMax)} ms (at most ${changedMost} segments' issues changed by one key) | ${keyP95 <= targets.keyMs ? 'PASS' : 'FAIL'} p95 ≤ ${targets.keyMs} ms |`,
  ].join('\n');
}

interface WholeRun {
  total: number;
  cpu: number;
  check: number;
  copies: number;
}

/**
 * What the page and a worker do for these segments: pack and copy the request, unpack and
 * check, and hand back a copy.
 */
function inWorker(
  segments: readonly QaSegment[],
  glossary: readonly GlossaryEntry[],
  toSimplified: (text: string) => string,
): { run: WholeRun; result: QaPrecomputed } {
  const request = time(() => structuredClone({ segments: packQaSegments(segments), glossary }));
  const check = time(() =>
    checkWholeProject(
      unpackQaSegments(request.result.segments),
      request.result.glossary,
      toSimplified,
      perSegmentChecks,
    ),
  );
  const reply = time(() => structuredClone(check.result));
  return {
    run: {
      total: request.ms + check.ms + reply.ms,
      cpu: request.cpuMs + check.cpuMs + reply.cpuMs,
      check: check.ms,
      copies: request.ms + reply.ms,
    },
    result: reply.result,
  };
}

function pageEngine(glossary: GlossaryEntry[], toSimplified: (text: string) => string) {
  const fold = makeCharFold(toSimplified);
  const matcher = new TermMatcher(fold);
  matcher.setTerms(glossary);
  return new QaEngine({
    checks: perSegmentChecks,
    comparisonKey: makeComparisonKey(fold),
    glossary: {
      findTerms: (text) => matcher.find(text),
      entriesById: new Map(glossary.map((entry) => [entry.id, entry])),
    },
  });
}

if (process.argv[1]?.endsWith('qa.ts')) console.log(await benchQa());
