import type { TermOccurrence } from '../glossary/TermMatcher';
import { KeyedListeners } from '../model/keyedListeners';
import { terminologyIssues, type QaGlossary } from './terminologyIssues';
import { sameForChecks } from './sameForChecks';
import type { QaIssue, QaSegment, QaSeverity, SegmentCheck } from './types';

export type { QaGlossary };

export const consistencyCheckId = 'consistency';

/** The checks the engine runs itself, across segments, besides the per-segment ones. */
export const projectCheckIds = [consistencyCheckId, 'terminology'] as const;

export interface QaEngineSetup {
  /** The checks of one segment on its own (src/domain/qa/checks). */
  checks: readonly SegmentCheck[];
  /** The form texts are compared in by the consistency check (see comparisonKey). */
  comparisonKey: (text: string) => string;
  glossary?: QaGlossary | null;
}

/**
 * What a whole-project run (in a worker) hands over, so the page need not compute it again. Only
 * segments with issues are listed (most have none): the reply stays small to copy.
 */
export interface QaPrecomputed {
  /** Positions, in the order given and ascending, of the segments that have issues. */
  flagged: number[];
  /** For each of `flagged`: the per-segment checks' issues. */
  own: (readonly QaIssue[])[];
  /** For each of `flagged`: the terminology issues. */
  terminology: (readonly QaIssue[])[];
  /** Per segment, in the order given. */
  sourceKeys: string[];
  englishKeys: string[];
}

/** A segment's results in a whole-project run, kept for the next run (see `precompute`). */
export interface PrecomputedSegment {
  segment: QaSegment;
  own: readonly QaIssue[];
  terminology: readonly QaIssue[];
  sourceKey: string;
  englishKey: string;
}

/** What one whole-project run leaves for the next: its segments' results and its glossary. */
export interface PrecomputeMemory {
  segments: ReadonlyMap<string, PrecomputedSegment>;
  glossary: QaGlossary | null;
}

/** What the translator has set aside: issues ignored one by one (keys) and whole checks off. */
export interface QaFilter {
  ignored: ReadonlySet<string>;
  disabled: ReadonlySet<string>;
}

export interface QaListedIssue {
  issue: QaIssue;
  /** 1-based position of the segment in the project. */
  number: number;
}

interface Entry {
  segment: QaSegment;
  own: readonly QaIssue[];
  /** The glossary terms in the source; null until needed (after a worker's run). */
  occurrences: readonly TermOccurrence[] | null;
  terminology: readonly QaIssue[];
  sameSource: QaIssue | null;
  sameEnglish: QaIssue | null;
  /** Every issue, before the filter. */
  all: readonly QaIssue[];
  /** What the translator sees: `all` less ignored issues and checks switched off. */
  visible: readonly QaIssue[];
  /** Normalised source; '' when the segment takes no part in the consistency check. */
  sourceKey: string;
  /** Normalised English; '' when empty or not to be translated. */
  englishKey: string;
}

/** Segments sharing one key, and how many of them have each value of the other key. */
interface Group {
  members: Set<string>;
  variants: Map<string, number>;
}

type Listener = () => void;

const none: readonly QaIssue[] = [];
const noOccurrences: readonly TermOccurrence[] = [];

/**
 * The project's quality issues, kept per segment and brought up to date one segment at a time.
 *
 * `update` re-runs the per-segment checks and the terminology check of that segment only; the
 * consistency check keeps two indexes (segments by normalised source, by normalised English) and
 * re-examines only the groups the segment leaves or joins, and all of a group's members only when
 * the group's number of variants changes. Issue lists keep their identity while unchanged, and
 * listeners are told which segments' issues changed, so a view re-renders only those.
 */
export class QaEngine {
  // Not readonly: a load in steps builds them aside and swaps them in at its end.
  private entries = new Map<string, Entry>();
  private order: string[] = [];
  private bySource = new Map<string, Group>();
  private byEnglish = new Map<string, Group>();
  private glossary: QaGlossary | null;
  private filter: QaFilter = { ignored: new Set(), disabled: new Set() };
  /** Positions of segments with visible issues, ascending. */
  private flagged: number[] = [];
  private counts = new Map<string, number>();
  private total = 0;
  private version = 0;
  private readonly segmentListeners = new KeyedListeners();
  private readonly listeners = new Set<Listener>();
  private loadedOnce = false;

  constructor(private readonly setup: QaEngineSetup) {
    this.glossary = setup.glossary ?? null;
  }

  /**
   * Checks a whole project (segments in document order), or takes what a worker computed for
   * the same segments. Every previous issue is dropped.
   */
  load(segments: readonly QaSegment[], precomputed?: QaPrecomputed): void {
    const step = this.loadInSteps(segments, precomputed);
    while (!step(() => false));
  }

  /**
   * `load` in steps, so that taking over 20,000 segments never holds the page for long: each
   * call of the returned function goes on until `shouldYield()` says to stop (asked every few
   * hundred segments) and returns whether the load is done. Until then the project's issues are
   * the previous ones, unchanged and fully usable (`update` included): the new state is built
   * aside and swapped in by the last step, which also tells listeners. Changes made in between
   * are the caller's to apply again after the swap.
   */
  loadInSteps(
    segments: readonly QaSegment[],
    precomputed?: QaPrecomputed,
  ): (shouldYield: () => boolean) => boolean {
    const staged = new QaEngine(this.setup);
    staged.glossary = this.glossary;
    staged.filter = this.filter;
    let at = 0;
    let flaggedAt = 0;
    let groups: [Group, 'source' | 'english'][] | null = null;
    let groupAt = 0;
    let combineAt = 0;
    const every = 256;
    return (shouldYield) => {
      // Asked after every `every` items done in this call, so each call makes progress.
      let done = 0;
      for (; at < segments.length; at += 1) {
        if (done > 0 && done % every === 0 && shouldYield()) return false;
        const segment = segments[at] as QaSegment;
        const listed = precomputed?.flagged[flaggedAt] === at ? flaggedAt++ : -1;
        staged.add(segment, at, precomputed, listed);
        done += 1;
      }
      groups ??= [
        ...[...staged.bySource.values()].map((group): [Group, 'source'] => [group, 'source']),
        ...[...staged.byEnglish.values()].map((group): [Group, 'english'] => [group, 'english']),
      ];
      for (; groupAt < groups.length; groupAt += 1) {
        if (done > 0 && done % every === 0 && shouldYield()) return false;
        const [group, kind] = groups[groupAt] as [Group, 'source' | 'english'];
        staged.refreshGroup(group, kind, null);
        done += 1;
      }
      for (; combineAt < staged.order.length; combineAt += 1) {
        if (done > 0 && done % every === 0 && shouldYield()) return false;
        done += 1;
        const id = staged.order[combineAt];
        const entry = id === undefined ? undefined : staged.entries.get(id);
        if (!entry) continue;
        entry.all = combine(entry);
        entry.visible = staged.visibleOf(entry.all);
        staged.count(entry.visible, 1);
        if (entry.visible.length > 0) staged.flagged.push(entry.segment.index);
      }
      this.adopt(staged);
      return true;
    };
  }

  /** One segment of a load, into this (staged) engine. */
  private add(
    segment: QaSegment,
    at: number,
    precomputed: QaPrecomputed | undefined,
    listed: number,
  ): void {
    const occurrences = precomputed ? null : this.findTerms(segment.source);
    const entry: Entry = {
      segment,
      own: precomputed ? (precomputed.own[listed] ?? none) : this.runChecks(segment),
      occurrences,
      terminology: precomputed
        ? (precomputed.terminology[listed] ?? none)
        : this.terminologyOf(segment, occurrences ?? noOccurrences),
      sameSource: null,
      sameEnglish: null,
      all: none,
      visible: none,
      sourceKey: precomputed?.sourceKeys[at] ?? this.sourceKeyOf(segment),
      englishKey: precomputed?.englishKeys[at] ?? this.englishKeyOf(segment),
    };
    this.entries.set(segment.id, entry);
    this.order[segment.index] = segment.id;
    this.join(entry);
  }

  /** Whether a whole project has been checked yet: before that, no issues means "not known yet". */
  hasLoaded(): boolean {
    return this.loadedOnce;
  }

  /** Takes over a staged load's state, then tells every listener of a segment old or new. */
  private adopt(staged: QaEngine): void {
    this.loadedOnce = true;
    const changed = new Set(this.entries.keys());
    this.entries = staged.entries;
    this.order = staged.order;
    this.bySource = staged.bySource;
    this.byEnglish = staged.byEnglish;
    this.flagged = staged.flagged;
    this.counts = staged.counts;
    this.total = staged.total;
    for (const id of this.entries.keys()) changed.add(id);
    // Ignores or checks switched off while the load was under way.
    if (staged.filter !== this.filter || staged.glossary !== this.glossary) {
      for (const entry of this.entries.values()) {
        if (staged.glossary !== this.glossary) entry.occurrences = null;
        const visible = this.visibleOf(entry.all);
        if (!sameIssues(visible, entry.visible)) this.setVisible(entry, visible);
      }
    }
    this.announce(changed);
  }

  /**
   * What a worker computes for `load`: everything except the consistency groups. Given the
   * previous run's `memory`, a segment unchanged since (`sameForChecks`) keeps its results, all
   * but its terminology issues when the glossary has changed: a glossary's import re-runs the
   * terminology check only. `memory` is then left holding this run's results.
   */
  precompute(segments: readonly QaSegment[], memory?: PrecomputeMemory): QaPrecomputed {
    const result: QaPrecomputed = {
      flagged: [],
      own: [],
      terminology: [],
      sourceKeys: [],
      englishKeys: [],
    };
    const previous = memory?.segments ?? new Map<string, PrecomputedSegment>();
    const sameGlossary = memory !== undefined && memory.glossary === this.glossary;
    const kept = new Map<string, PrecomputedSegment>();
    segments.forEach((segment, at) => {
      const before = previous.get(segment.id);
      const unchanged = before !== undefined && sameForChecks(before.segment, segment);
      const own = unchanged ? before.own : this.runChecks(segment);
      // The terminology check has nothing to say of a segment without English: its source is
      // not searched for terms (half of a project being translated, half of the searches).
      const terminology =
        unchanged && sameGlossary
          ? before.terminology
          : hasTerminologyToCheck(segment)
            ? this.terminologyOf(segment, this.findTerms(segment.source))
            : none;
      const sourceKey = unchanged ? before.sourceKey : this.sourceKeyOf(segment);
      const englishKey = unchanged ? before.englishKey : this.englishKeyOf(segment);
      if (own.length > 0 || terminology.length > 0) {
        result.flagged.push(at);
        result.own.push(own);
        result.terminology.push(terminology);
      }
      result.sourceKeys.push(sourceKey);
      result.englishKeys.push(englishKey);
      if (memory) kept.set(segment.id, { segment, own, terminology, sourceKey, englishKey });
    });
    if (memory) {
      memory.segments = kept;
      memory.glossary = this.glossary;
    }
    return result;
  }

  /**
   * The glossary later updates check terms with. Issues already found stay until their segment
   * changes or the project is loaded again (a whole-project run follows a glossary change).
   */
  setGlossary(glossary: QaGlossary | null): void {
    this.glossary = glossary;
    for (const entry of this.entries.values()) entry.occurrences = null;
  }

  /** Re-checks one segment and what depends on it; returns the segments whose issues changed. */
  update(segment: QaSegment): ReadonlySet<string> {
    const entry = this.entries.get(segment.id);
    if (!entry || entry.segment === segment) return new Set();
    const previous = entry.segment;
    entry.segment = segment;
    const sourceChanged = previous.source !== segment.source;
    const ownInputChanged = !sameForChecks(previous, segment);
    let mine = false;
    if (ownInputChanged) {
      const own = this.runChecks(segment);
      if (!sameIssues(own, entry.own)) {
        entry.own = own;
        mine = true;
      }
      if (sourceChanged || entry.occurrences === null)
        entry.occurrences = this.findTerms(segment.source);
      const terminology = this.terminologyOf(segment, entry.occurrences);
      if (!sameIssues(terminology, entry.terminology)) {
        entry.terminology = terminology;
        mine = true;
      }
    }
    const statusChanged = previous.status !== segment.status;
    const sourceKey = sourceChanged || statusChanged ? this.sourceKeyOf(segment) : entry.sourceKey;
    const englishKey = this.englishKeyOf(segment);
    const candidates = new Set<string>();
    if (sourceKey !== entry.sourceKey || englishKey !== entry.englishKey) {
      // Each group the segment leaves or joins, with its number of variants before.
      const touched = new Map<Group, ['source' | 'english', number]>();
      const note = ([group, kind, size]: [Group, 'source' | 'english', number]) => {
        if (!touched.has(group)) touched.set(group, [kind, size]);
      };
      this.leave(entry).forEach(note);
      entry.sourceKey = sourceKey;
      entry.englishKey = englishKey;
      this.join(entry).forEach(note);
      for (const [group, [kind, sizeBefore]] of touched) {
        // Only a change in the number of variants changes the other members' issues.
        const whole = group.variants.size !== sizeBefore;
        this.refreshGroup(group, kind, candidates, whole ? null : segment.id);
      }
      if (entry.sourceKey === '' || entry.englishKey === '') {
        entry.sameSource = null;
        entry.sameEnglish = null;
      }
      mine = true;
    }
    if (mine) candidates.add(segment.id);
    const changed = new Set<string>();
    for (const id of candidates) if (this.recombine(id)) changed.add(id);
    this.announce(changed);
    return changed;
  }

  /** Hides ignored issues and checks switched off; returns the segments whose issues changed. */
  setFilter(filter: QaFilter): ReadonlySet<string> {
    this.filter = filter;
    const changed = new Set<string>();
    for (const [id, entry] of this.entries) {
      const visible = this.visibleOf(entry.all);
      if (sameIssues(visible, entry.visible)) continue;
      this.setVisible(entry, visible);
      changed.add(id);
    }
    this.announce(changed);
    return changed;
  }

  /** The segment's issues the translator sees; the same array while they do not change. */
  issuesOf(segmentId: string): readonly QaIssue[] {
    return this.entries.get(segmentId)?.visible ?? none;
  }

  /**
   * Runs on `segment` what `update` runs on a keystroke in it, twice, and keeps nothing: no
   * issue, list or listener changes. A whole project is checked in workers, so on the page the
   * first keystroke would otherwise pay for compiling the checks' code and the regular
   * expressions of the segment's glossary terms (V8 compiles a pattern on its first use and
   * again, to machine code, on its second): 20-25 ms, a long task with the editor's own work.
   */
  warmUp(segment: QaSegment): void {
    const occurrences = this.findTerms(segment.source);
    for (let run = 0; run < 2; run += 1) {
      this.runChecks(segment);
      this.terminologyOf(segment, occurrences);
      this.sourceKeyOf(segment);
      this.englishKeyOf(segment);
    }
  }

  /** The segment's issues as they would be with this text and status (before confirming it). */
  preview(segment: QaSegment): readonly QaIssue[] {
    const entry = this.entries.get(segment.id);
    if (!entry) return none;
    const occurrences = this.findTerms(segment.source);
    return this.visibleOf([
      ...this.runChecks(segment),
      ...this.terminologyOf(segment, occurrences),
      ...(entry.sameSource ? [entry.sameSource] : []),
      ...(entry.sameEnglish ? [entry.sameEnglish] : []),
    ]);
  }

  /** Issues of the whole project in document order, at most `limit`. */
  list(limit: number): QaListedIssue[] {
    const listed: QaListedIssue[] = [];
    for (const position of this.flagged) {
      const id = this.order[position];
      for (const issue of (id === undefined ? null : this.entries.get(id))?.visible ?? none) {
        if (listed.length >= limit) return listed;
        listed.push({ issue, number: position + 1 });
      }
    }
    return listed;
  }

  /** Ignored issues that would otherwise show, at most `limit`. */
  ignoredIssues(limit: number): QaListedIssue[] {
    const listed: QaListedIssue[] = [];
    if (this.filter.ignored.size === 0) return listed;
    this.order.forEach((id, position) => {
      for (const issue of this.entries.get(id)?.all ?? none) {
        if (listed.length >= limit) return;
        if (this.filter.ignored.has(issue.key) && !this.filter.disabled.has(issue.check))
          listed.push({ issue, number: position + 1 });
      }
    });
    return listed;
  }

  /** Visible issues by check and severity (`check:severity`), and in all. */
  countsBy(): { total: number; byCheck: ReadonlyMap<string, number> } {
    return { total: this.total, byCheck: this.counts };
  }

  /** The id of the next (or previous) segment with a visible issue after `from`, wrapping. */
  nextFlagged(from: number, direction: 1 | -1): string | null {
    if (this.flagged.length === 0) return null;
    const at = lowerBound(this.flagged, direction === 1 ? from + 1 : from);
    const position =
      direction === 1
        ? (this.flagged[at] ?? this.flagged[0])
        : (this.flagged[at - 1] ?? this.flagged.at(-1));
    return position === undefined ? null : (this.order[position] ?? null);
  }

  /** Bumped whenever any segment's visible issues change: a snapshot for views. */
  getVersion(): number {
    return this.version;
  }

  subscribeSegment(id: string, listener: Listener): () => void {
    return this.segmentListeners.add(id, listener);
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private announce(changed: ReadonlySet<string>): void {
    if (changed.size === 0) return;
    this.version += 1;
    for (const id of changed) this.segmentListeners.notify(id);
    for (const listener of [...this.listeners]) listener();
  }

  private runChecks(segment: QaSegment): readonly QaIssue[] {
    if (segment.status === 'do-not-translate') return none;
    let issues: QaIssue[] | null = null;
    for (const check of this.setup.checks) {
      const found = check.check(segment);
      if (found.length > 0) (issues ??= []).push(...found);
    }
    return issues ?? none;
  }

  private findTerms(source: string): readonly TermOccurrence[] {
    return this.glossary ? this.glossary.findTerms(source) : noOccurrences;
  }

  private terminologyOf(
    segment: QaSegment,
    occurrences: readonly TermOccurrence[],
  ): readonly QaIssue[] {
    if (!this.glossary || occurrences.length === 0) return none;
    const issues = terminologyIssues(segment, occurrences, this.glossary.entriesById);
    return issues.length === 0 ? none : issues;
  }

  private sourceKeyOf(segment: QaSegment): string {
    if (segment.status === 'do-not-translate') return '';
    return this.setup.comparisonKey(segment.source);
  }

  private englishKeyOf(segment: QaSegment): string {
    if (segment.status === 'do-not-translate' || segment.translation === '') return '';
    return this.setup.comparisonKey(segment.translation);
  }

  /** Puts the segment in its groups; returns them with their number of variants before. */
  private join(entry: Entry): [Group, 'source' | 'english', number][] {
    const touched: [Group, 'source' | 'english', number][] = [];
    if (entry.sourceKey === '' || entry.englishKey === '') return touched;
    const source = groupOf(this.bySource, entry.sourceKey);
    touched.push([source, 'source', source.variants.size]);
    source.members.add(entry.segment.id);
    bump(source.variants, entry.englishKey, 1);
    const english = groupOf(this.byEnglish, entry.englishKey);
    touched.push([english, 'english', english.variants.size]);
    english.members.add(entry.segment.id);
    bump(english.variants, entry.sourceKey, 1);
    return touched;
  }

  private leave(entry: Entry): [Group, 'source' | 'english', number][] {
    const touched: [Group, 'source' | 'english', number][] = [];
    if (entry.sourceKey === '' || entry.englishKey === '') return touched;
    const source = this.bySource.get(entry.sourceKey);
    if (source) {
      touched.push([source, 'source', source.variants.size]);
      source.members.delete(entry.segment.id);
      bump(source.variants, entry.englishKey, -1);
      if (source.members.size === 0) this.bySource.delete(entry.sourceKey);
    }
    const english = this.byEnglish.get(entry.englishKey);
    if (english) {
      touched.push([english, 'english', english.variants.size]);
      english.members.delete(entry.segment.id);
      bump(english.variants, entry.sourceKey, -1);
      if (english.members.size === 0) this.byEnglish.delete(entry.englishKey);
    }
    return touched;
  }

  /**
   * Sets the consistency issue of a group's members (or of `only`); adds to `changed` the
   * members whose issue changed.
   */
  private refreshGroup(
    group: Group,
    kind: 'source' | 'english',
    changed: Set<string> | null,
    only: string | null = null,
  ): void {
    const count = group.variants.size;
    const members = only === null ? group.members : group.members.has(only) ? [only] : [];
    for (const id of members) {
      const entry = this.entries.get(id);
      if (!entry) continue;
      const current = kind === 'source' ? entry.sameSource : entry.sameEnglish;
      if (count < 2 ? current === null : current?.params.count === count) continue;
      const issue = count < 2 ? null : consistencyIssue(id, kind, count);
      if (kind === 'source') entry.sameSource = issue;
      else entry.sameEnglish = issue;
      changed?.add(id);
    }
  }

  /** Recombines a segment's issues; whether what the translator sees of them changed. */
  private recombine(id: string): boolean {
    const entry = this.entries.get(id);
    if (!entry) return false;
    entry.all = combine(entry);
    const visible = this.visibleOf(entry.all);
    if (sameIssues(visible, entry.visible)) return false;
    this.setVisible(entry, visible);
    return true;
  }

  private setVisible(entry: Entry, visible: readonly QaIssue[]): void {
    this.count(entry.visible, -1);
    this.count(visible, 1);
    const position = entry.segment.index;
    const at = lowerBound(this.flagged, position);
    const present = this.flagged[at] === position;
    if (present && visible.length === 0) this.flagged.splice(at, 1);
    else if (!present && visible.length > 0) this.flagged.splice(at, 0, position);
    entry.visible = visible;
  }

  private count(issues: readonly QaIssue[], sign: 1 | -1): void {
    for (const issue of issues) {
      const key = countKey(issue.check, issue.severity);
      this.counts.set(key, (this.counts.get(key) ?? 0) + sign);
      this.total += sign;
    }
  }

  private visibleOf(issues: readonly QaIssue[]): readonly QaIssue[] {
    const { ignored, disabled } = this.filter;
    if (issues.length === 0 || (ignored.size === 0 && disabled.size === 0)) return issues;
    const visible = issues.filter((issue) => !ignored.has(issue.key) && !disabled.has(issue.check));
    return visible.length === issues.length ? issues : visible.length === 0 ? none : visible;
  }
}

/** What `terminologyIssues` checks: English to check, in a segment to be translated. */
const hasTerminologyToCheck = (segment: QaSegment) =>
  segment.status !== 'do-not-translate' && segment.translation.trim() !== '';

export function countKey(check: string, severity: QaSeverity): string {
  return `${check}:${severity}`;
}

function consistencyIssue(segmentId: string, kind: 'source' | 'english', count: number): QaIssue {
  return {
    check: consistencyCheckId,
    severity: 'warning',
    segmentId,
    key: `${consistencyCheckId}:${segmentId}:${kind === 'source' ? 'sameSource' : 'sameEnglish'}`,
    message:
      kind === 'source'
        ? 'qa.messages.consistency.sameSource'
        : 'qa.messages.consistency.sameEnglish',
    params: { count },
    ranges: [],
  };
}

function combine(entry: Entry): readonly QaIssue[] {
  const { own, terminology, sameSource, sameEnglish } = entry;
  if (!sameSource && !sameEnglish) {
    if (terminology.length === 0) return own;
    if (own.length === 0) return terminology;
  }
  const all = [...own, ...terminology];
  if (sameSource) all.push(sameSource);
  if (sameEnglish) all.push(sameEnglish);
  return all;
}

function groupOf(groups: Map<string, Group>, key: string): Group {
  let group = groups.get(key);
  if (!group) {
    group = { members: new Set(), variants: new Map() };
    groups.set(key, group);
  }
  return group;
}

function bump(variants: Map<string, number>, key: string, by: 1 | -1): void {
  const count = (variants.get(key) ?? 0) + by;
  if (count <= 0) variants.delete(key);
  else variants.set(key, count);
}

function sameIssues(a: readonly QaIssue[], b: readonly QaIssue[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let at = 0; at < a.length; at += 1) {
    const mine = a[at];
    const other = b[at];
    if (!mine || !other) return false;
    if (mine === other) continue;
    if (mine.key !== other.key || mine.severity !== other.severity) return false;
    if (mine.message !== other.message) return false;
    if (!sameParams(mine.params, other.params)) return false;
    if (mine.ranges.length !== other.ranges.length) return false;
    for (let range = 0; range < mine.ranges.length; range += 1) {
      const x = mine.ranges[range];
      const y = other.ranges[range];
      if (x?.field !== y?.field || x?.start !== y?.start || x?.end !== y?.end) return false;
    }
  }
  return true;
}

function sameParams(a: QaIssue['params'], b: QaIssue['params']): boolean {
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => a[key] === b[key]);
}

function lowerBound(sorted: readonly number[], value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((sorted[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return low;
}
