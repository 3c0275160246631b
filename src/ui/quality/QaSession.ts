import type { CharFold } from '../../domain/glossary/charFold';
import { makeComparisonKey } from '../../domain/qa/comparisonKey';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import { QaEngine, type QaGlossary, type QaPrecomputed } from '../../domain/qa/QaEngine';
import type { QaSegment, SegmentCheck } from '../../domain/qa/types';
import type { Segment } from '../../domain/model/segment';
import type { QaSettings } from '../../storage/repositories/settings';
import type { SegmentStore } from '../../storage/segmentStore';
import {
  checkWholeProjectOffThread,
  prestartQualityWorkers,
  type WholeProjectRun,
} from './wholeProjectCheck';
import { inlineCodesForQa } from '../inlineCodes/inlineCodesForQa';

/** The User Timing measure of each whole-project check, for the bench and DevTools. */
export const wholeProjectMeasure = 'qa:whole-project';

/**
 * The open project's quality checks: the whole project is checked in a worker when it opens
 * and when the glossary changes; in between, every change of a segment in the store re-checks
 * that segment (and what depends on it) at once, on the page, through `QaEngine.update`.
 */
export class QaSession {
  readonly engine: QaEngine;
  private fold: CharFold | null = null;
  private comparisonKey: ((text: string) => string) | null = null;
  private glossaryEntries: readonly GlossaryEntry[] | null = null;
  private checkedEntries: readonly GlossaryEntry[] | null = null;
  private loaded = false;
  /** Segments changed while a whole-project run was under way: re-checked when it is in. */
  private changedDuringRun: Set<string> | null = null;
  private run: WholeProjectRun | null = null;
  /** The run whose result is being taken over, slice by slice. */
  private loading: WholeProjectRun | null = null;
  private runTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | null = null;
  private readonly asChecked = new WeakMap<Segment, QaSegment>();
  /**
   * The per-segment checks, filled when their module has loaded: the page runs them only once a
   * whole-project run (in workers) has been taken over, so they stay out of the first load.
   */
  private readonly checks: SegmentCheck[] = [];

  constructor(private readonly store: SegmentStore) {
    this.engine = new QaEngine({
      checks: this.checks,
      comparisonKey: (text) => (this.comparisonKey ? this.comparisonKey(text) : text),
    });
  }

  /** Follows the store's segments; returns the way to stop. */
  start(): () => void {
    if (!this.unsubscribe) {
      // The workers load while the glossary and the script tables do, before the first check.
      prestartQualityWorkers();
      if (this.checks.length === 0) {
        void import('../../domain/qa/checks').then(({ perSegmentChecks }) => {
          if (this.checks.length === 0) this.checks.push(...perSegmentChecks);
          this.scheduleRun();
        });
      }
      const stops = this.store.ids.map((id) =>
        this.store.subscribeSegment(id, () => this.segmentChanged(id)),
      );
      this.unsubscribe = () => stops.forEach((stop) => stop());
      this.scheduleRun();
    }
    return () => {
      this.unsubscribe?.();
      this.unsubscribe = null;
      clearTimeout(this.runTimer);
      this.run?.cancel();
      this.run = null;
      this.loading = null;
    };
  }

  setFold(fold: CharFold | null): void {
    if (!fold || fold === this.fold) return;
    this.fold = fold;
    this.comparisonKey = makeComparisonKey(fold);
    this.scheduleRun();
  }

  setGlossary(glossary: QaGlossary & { entries: readonly GlossaryEntry[] }): void {
    this.engine.setGlossary(glossary);
    this.glossaryEntries = glossary.entries;
    if (glossary.entries !== this.checkedEntries) this.scheduleRun();
  }

  setSettings(settings: QaSettings | null): void {
    if (!settings) return;
    this.engine.setFilter({
      ignored: new Set(settings.ignored),
      disabled: new Set(settings.disabled),
    });
  }

  /** The segment as the checks see it (the same object while the segment is unchanged). */
  qaSegmentOf(segment: Segment): QaSegment {
    let checked = this.asChecked.get(segment);
    if (!checked) {
      checked = {
        id: segment.id,
        index: this.store.indexOf(segment.id),
        kind: segment.kind,
        status: segment.status,
        source: segment.source,
        sentenceEnds: segment.sentenceEnds,
        translation: segment.translationText,
        ...inlineCodesForQa(segment),
      };
      this.asChecked.set(segment, checked);
    }
    return checked;
  }

  /**
   * Readies the checks for typing in this segment once the page is idle (see
   * `QaEngine.warmUp`); returns the way to cancel. An untranslated segment is warmed with a
   * word of English, as its first keystroke will give it, so the checks of the English run too.
   */
  prepareToEdit(segmentId: string): () => void {
    const cancel = whenIdle(() => {
      const segment = this.store.get(segmentId);
      if (!segment) return;
      const checked = this.qaSegmentOf(segment);
      this.engine.warmUp(
        checked.translation.trim() === '' ? { ...checked, translation: sampleEnglish } : checked,
      );
    });
    return cancel;
  }

  private segmentChanged(id: string): void {
    this.changedDuringRun?.add(id);
    if (!this.loaded) return;
    const segment = this.store.get(id);
    if (segment) this.engine.update(this.qaSegmentOf(segment));
  }

  /** Several triggers at once (the fold, then the glossary, as a project opens) make one run. */
  private scheduleRun(): void {
    if (!this.unsubscribe) return;
    clearTimeout(this.runTimer);
    this.runTimer = setTimeout(() => this.checkWholeProject(), 30);
  }

  /**
   * Takes over a worker's result in slices of a few milliseconds, yielding to the page between
   * them (20,000 segments at once held it for 120-160 ms). Until the last slice the previous
   * issues stay in place; segments changed meanwhile are re-checked after it.
   */
  private takeOver(
    run: WholeProjectRun,
    segments: readonly QaSegment[],
    result: QaPrecomputed,
  ): void {
    this.loading = run;
    const step = this.engine.loadInSteps(segments, result);
    const slice = () => {
      if (this.loading !== run) return;
      const until = performance.now() + loadSliceMs;
      if (!step(() => performance.now() >= until)) {
        setTimeout(slice, 0);
        return;
      }
      this.loading = null;
      this.loaded = true;
      const changed = this.changedDuringRun ?? new Set<string>();
      this.changedDuringRun = null;
      for (const id of changed) this.segmentChanged(id);
    };
    slice();
  }

  private checkWholeProject(): void {
    const glossary = this.glossaryEntries;
    if (!this.fold || !glossary || this.checks.length === 0) return;
    this.run?.cancel();
    this.loading = null;
    this.checkedEntries = glossary;
    this.changedDuringRun = new Set();
    const segments = this.store.currentSegments().map((segment) => this.qaSegmentOf(segment));
    const started = performance.now();
    const run = checkWholeProjectOffThread(segments, glossary);
    this.run = run;
    run.result.then(
      (result) => {
        if (this.run !== run) return;
        this.run = null;
        performance.measure(wholeProjectMeasure, {
          start: started,
          end: performance.now(),
          detail: { segments: segments.length, terms: glossary.length },
        });
        this.takeOver(run, segments, result);
      },
      () => {
        // A failed run leaves the last issues in place; the next change of glossary retries.
        if (this.run === run) this.run = null;
        this.changedDuringRun = null;
      },
    );
  }
}

/** The English an untranslated segment's checks are warmed with. */
const sampleEnglish = 'The';

/** Runs `task` when the page is next idle (soon after, where requestIdleCallback is missing). */
function whenIdle(task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(task, { timeout: 2000 });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(task, 50);
  return () => clearTimeout(handle);
}

/** How long one step of taking over a worker's result may hold the page. */
const loadSliceMs = 8;

const sessions = new WeakMap<SegmentStore, QaSession>();

/** The one quality-check session of an open project. */
export function qaSessionOf(store: SegmentStore): QaSession {
  let session = sessions.get(store);
  if (!session) {
    session = new QaSession(store);
    sessions.set(store, session);
  }
  return session;
}
