import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import type { QaPrecomputed } from '../../domain/qa/QaEngine';
import { packQaSegments, type PackedQaSegments } from '../../domain/qa/packedSegments';
import { joinShards, shardRanges } from '../../domain/qa/shards';
import type { QaSegment } from '../../domain/qa/types';

export interface WholeProjectRequest {
  /** Packed (packQaSegments): a few long strings copy to a worker far faster than 20,000 objects. */
  segments: PackedQaSegments;
  glossary: readonly GlossaryEntry[];
}

export type WholeProjectReply =
  { ok: true; result: QaPrecomputed } | { ok: false; message: string };

export interface WholeProjectRun {
  result: Promise<QaPrecomputed>;
  /** Stops the run (a newer one replaces it); its promise then never settles. */
  cancel: () => void;
}

/** Workers a whole-project check is split across: two where the device has the cores. */
const shardCount = () =>
  typeof navigator !== 'undefined' && (navigator.hardwareConcurrency || 1) >= 2 ? 2 : 1;

/**
 * Checks a whole project off the page's thread: a large project in two halves, each in a worker
 * of its own (the page waits meanwhile, so a second core halves the wait), joined back in order.
 */
export function checkWholeProjectOffThread(
  segments: readonly QaSegment[],
  glossary: readonly GlossaryEntry[],
): WholeProjectRun {
  const runs = shardRanges(segments.length, shardCount()).map(({ start, end }, shard) => ({
    start,
    run: checkShard({ segments: packQaSegments(segments.slice(start, end)), glossary }, shard),
  }));
  return {
    result: Promise.all(
      runs.map(({ start, run }) => run.result.then((result) => ({ start, result }))),
    ).then(joinShards),
    cancel: () => runs.forEach(({ run }) => run.cancel()),
  };
}

/**
 * Workers kept between checks, one per half of the project: a fresh one pays again for its
 * module, the Simplified tables and the JIT's warm-up (in the built app that doubled a
 * 20,000-segment check), and each remembers its half's last results (WholeProjectChecker), so
 * the same half goes to the same worker every time.
 */
const workers: (Worker | undefined)[] = [];

function newWorker(): Worker {
  return new Worker(new URL('./qualityCheck.worker.ts', import.meta.url), { type: 'module' });
}

function workerFor(shard: number): Worker {
  let worker = workers[shard];
  if (!worker) {
    worker = newWorker();
    workers[shard] = worker;
  }
  return worker;
}

/** Starts the workers a check will use before it is asked for, e.g. while a project opens. */
export function prestartQualityWorkers(): void {
  if (typeof Worker === 'undefined') return;
  for (let shard = 0; shard < shardCount(); shard += 1) workerFor(shard);
}

/**
 * Checks segments in a worker. Where workers are missing (tests in Node) or fail to start, it
 * checks here, after yielding, with the same code.
 */
function checkShard(request: WholeProjectRequest, shard: number): WholeProjectRun {
  let cancelled = false;
  let answered = false;
  if (typeof Worker === 'undefined') {
    return { result: checkHere(request, () => cancelled), cancel: () => (cancelled = true) };
  }
  const worker = workerFor(shard);
  const retire = () => {
    worker.terminate();
    if (workers[shard] === worker) workers[shard] = undefined;
  };
  const result = new Promise<QaPrecomputed>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WholeProjectReply>) => {
      answered = true;
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error(event.data.message));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      retire();
      checkHere(request, () => cancelled).then(resolve, reject);
    };
  });
  worker.postMessage(request);
  return {
    result,
    cancel: () => {
      // Stopped mid-check, it is replaced: the next check must not wait for this one. One that
      // has answered (a run of two halves is cancelled with one half in) stays, ready.
      cancelled = true;
      if (!answered) retire();
    },
  };
}

async function checkHere(
  request: WholeProjectRequest,
  isCancelled: () => boolean,
): Promise<QaPrecomputed> {
  const [
    { checkWholeProject },
    { perSegmentChecks },
    { loadScriptConverter },
    { unpackQaSegments },
  ] = await Promise.all([
    import('../../domain/qa/checkWholeProject'),
    import('../../domain/qa/checks'),
    import('../../domain/script/convertScript'),
    import('../../domain/qa/packedSegments'),
  ]);
  const toSimplified = await loadScriptConverter('zh-Hans');
  if (isCancelled()) return new Promise(() => undefined);
  const segments = unpackQaSegments(request.segments);
  return checkWholeProject(segments, request.glossary, toSimplified, perSegmentChecks);
}
