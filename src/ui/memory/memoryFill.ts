import type { MemoryMatch, MemoryQuery } from '../../domain/memory/MemoryIndex';
import { normalizeSource } from '../../domain/memory/normalizeSource';
import { memoryUnitFromSegment, type MemoryUnit } from '../../domain/memory/memoryUnit';
import {
  isEmptyForFilling,
  propagationTargets,
  repetitionGroups,
} from '../../domain/memory/repetitions';
import type { Project } from '../../domain/model/project';
import { emptyRichText } from '../../domain/model/richText';
import { plainTextToRichText } from '../../domain/model/richTextToPlainText';
import type { Segment } from '../../domain/model/segment';
import type { SegmentFill } from '../../domain/model/segmentFill';
import type { WorkspaceDb } from '../../storage/db';
import type { MemorySearch } from '../../storage/memory/memorySearch';
import { putMemoryUnits } from '../../storage/repositories/memory';
import type { SegmentPatch } from '../../storage/repositories/segments';
import type { SegmentStore } from '../../storage/segmentStore';
import { loadCharFold } from '../glossary/useCharFold';

/** The look-up for a segment: its source with its neighbours' (for context matches). */
export function memoryQueryFor(
  store: SegmentStore,
  segmentId: string,
  options: { limit?: number; minScore?: number } = {},
): MemoryQuery | null {
  const segment = store.get(segmentId);
  if (!segment) return null;
  const index = store.indexOf(segmentId);
  const previous = store.get(store.ids[index - 1] ?? '');
  const next = store.get(store.ids[index + 1] ?? '');
  return {
    source: segment.source,
    ...(previous ? { previousSource: previous.source } : {}),
    ...(next ? { nextSource: next.source } : {}),
    excludeId: `project:${store.projectId}:${segmentId}`,
    limit: options.limit ?? 5,
    ...(options.minScore !== undefined ? { minScore: options.minScore } : {}),
  };
}

/** Where a unit came from, as shown to the translator: the project's name or the TMX file. */
export function originName(match: Pick<MemoryMatch, 'unit'>): string {
  const { origin } = match.unit;
  return origin.kind === 'project' ? origin.projectName : origin.file;
}

export function memoryUnitOf(
  store: SegmentStore,
  segment: Segment,
  project: Pick<Project, 'id' | 'name' | 'sourceLang' | 'targetLang'>,
): MemoryUnit | null {
  const index = store.indexOf(segment.id);
  const previous = store.get(store.ids[index - 1] ?? '');
  const next = store.get(store.ids[index + 1] ?? '');
  return memoryUnitFromSegment(segment, project, {
    ...(previous ? { previousSource: previous.source } : {}),
    ...(next ? { nextSource: next.source } : {}),
  });
}

export interface Propagation {
  fromNumber: number;
  count: number;
  undo: () => void;
}

interface FeedOptions {
  db: WorkspaceDb;
  store: SegmentStore;
  project: () => Pick<Project, 'id' | 'name' | 'sourceLang' | 'targetLang'>;
  /** The page's source normaliser (script fold), loaded on first need. */
  normalizer: () => Promise<(text: string) => string>;
  propagate: () => boolean;
  onPropagated: (propagation: Propagation) => void;
  /** Quiet time after a save before its confirmed segments are written to the memory. */
  delayMs?: number;
}

/**
 * Keeps the memory and the repetitions following the open project's saves, never a keystroke:
 * after each write, confirmed segments (Translated, Reviewed, with English) are put in the memory
 * a moment later, in one batch, with their neighbours' sources. A segment that is unconfirmed
 * again keeps its unit: a memory keeps what was once confirmed until it is replaced (as in
 * OmegaT and memoQ), and the next confirmation replaces it. A segment just confirmed gives its
 * English, as Draft, to its empty repetitions when propagation is on.
 */
export function feedMemory(options: FeedOptions): () => void {
  const { db, store } = options;
  const queued = new Map<string, Segment>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let groups: Map<string, string[]> | null = null;

  const writeQueued = () => {
    timer = undefined;
    const project = options.project();
    const units = [...queued.values()].flatMap(
      (segment) => memoryUnitOf(store, store.get(segment.id) ?? segment, project) ?? [],
    );
    queued.clear();
    // A memory that cannot be written is not a lost edit: the segment itself is saved.
    void putMemoryUnits(db, units).catch(() => undefined);
  };

  const propagateFrom = async (confirmed: Segment) => {
    if (!options.propagate()) return;
    groups ??= repetitionGroups(store.currentSegments(), await options.normalizer());
    const targets = propagationTargets(confirmed.id, groups, (id) => store.get(id));
    if (targets.length === 0) return;
    const fromNumber = store.indexOf(confirmed.id) + 1;
    const fill: SegmentFill = { kind: 'propagated', fromSegmentId: confirmed.id, fromNumber };
    const patch: SegmentPatch = {
      translation: confirmed.translation,
      translationText: confirmed.translationText,
      status: 'draft',
      fill,
    };
    store.replaceMany(new Map(targets.map((id) => [id, patch])));
    void store.flush();
    options.onPropagated({
      fromNumber,
      count: targets.length,
      undo: () => undoFills(store, targets, fill, confirmed.translationText),
    });
  };

  const unsubscribe = store.subscribeWrites((written) => {
    for (const { segment, patch } of written) {
      if (patch.status === undefined && patch.translationText === undefined) continue;
      if (!memoryUnitOf(store, segment, options.project())) continue;
      queued.set(segment.id, segment);
      if (patch.status === 'translated' || patch.status === 'reviewed') {
        void propagateFrom(segment).catch(() => undefined);
      }
    }
    if (queued.size > 0 && timer === undefined) {
      timer = setTimeout(writeQueued, options.delayMs ?? 500);
    }
  });
  return () => {
    unsubscribe();
    if (timer !== undefined) {
      clearTimeout(timer);
      writeQueued();
    }
  };
}

/**
 * Empties again the segments a fill wrote, unless the translator has touched them since (their
 * English or its origin changed): Undo never takes away their own work.
 */
export function undoFills(
  store: SegmentStore,
  ids: readonly string[],
  fill: SegmentFill | ((id: string) => SegmentFill | undefined),
  text: string | ((id: string) => string | undefined),
): number {
  const patches = new Map<string, SegmentPatch>();
  for (const id of ids) {
    const segment = store.get(id);
    const expectedFill = typeof fill === 'function' ? fill(id) : fill;
    const expectedText = typeof text === 'function' ? text(id) : text;
    if (!segment || !expectedFill) continue;
    if (JSON.stringify(segment.fill ?? null) !== JSON.stringify(expectedFill)) continue;
    if (segment.translationText !== expectedText) continue;
    patches.set(id, {
      translation: emptyRichText(),
      translationText: '',
      status: 'untranslated',
      fill: null,
    });
  }
  store.replaceMany(patches);
  void store.flush();
  return patches.size;
}

export interface PreTranslation {
  filled: number;
  undo: () => number;
}

/**
 * Fills every empty segment (untranslated, no English; never "Do not translate") with its best
 * memory match at or above the threshold, as Draft, recording where it came from.
 */
export async function preTranslate(
  store: SegmentStore,
  search: MemorySearch,
  threshold: number,
): Promise<PreTranslation> {
  const ids = store.ids.filter((id) => {
    const segment = store.get(id);
    return segment !== undefined && isEmptyForFilling(segment);
  });
  const queries = ids.flatMap((id) => memoryQueryFor(store, id, { minScore: threshold }) ?? []);
  const best = await search.bestMatches(queries);
  const patches = new Map<string, SegmentPatch>();
  const fills = new Map<string, { fill: SegmentFill; text: string }>();
  ids.forEach((id, at) => {
    const match = best[at];
    const segment = store.get(id);
    // The translator may have typed while the look-up ran: theirs wins.
    if (!match || !segment || !isEmptyForFilling(segment)) return;
    const fill: SegmentFill = { kind: 'memory', origin: originName(match), score: match.score };
    const text = match.unit.target;
    patches.set(id, {
      translation: plainTextToRichText(text),
      translationText: text,
      status: 'draft',
      fill,
    });
    fills.set(id, { fill, text });
  });
  store.replaceMany(patches);
  await store.flush();
  return {
    filled: patches.size,
    undo: () =>
      undoFills(
        store,
        [...fills.keys()],
        (id) => fills.get(id)?.fill,
        (id) => fills.get(id)?.text,
      ),
  };
}

/** Normalises sources as the memory does, with the page's one character fold. */
export async function pageNormalizer(): Promise<(text: string) => string> {
  const fold = await loadCharFold();
  return (text) => normalizeSource(text, fold);
}
