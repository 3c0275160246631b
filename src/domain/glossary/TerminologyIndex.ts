import { checkTerminology, type TerminologyIssue } from './checkTerminology';
import type { GlossaryEntry } from './glossaryEntry';
import type { TermOccurrence } from './TermMatcher';

/** What the index needs of the glossary: a term finder and the entries it reports. */
export interface TerminologyGlossary {
  findTerms: (text: string) => readonly TermOccurrence[];
  entriesById: ReadonlyMap<string, GlossaryEntry>;
}

export interface IndexedSegment {
  readonly id: string;
  readonly source: string;
  readonly translationText: string;
}

export interface TerminologyFlag {
  segmentId: string;
  /** 1-based position of the segment in the project. */
  number: number;
  issue: TerminologyIssue;
}

/** The project's flags: a new object whenever one changed, so views can compare identities. */
export interface TerminologyFlags {
  /** Flags in all. */
  readonly total: number;
  /** The first flags in project order, at most `limit`: what a view shows of a long list. */
  first(limit: number): TerminologyFlag[];
}

type Check = typeof checkTerminology;

/** What a segment's terms and issues were computed from (`segment`), and them. */
interface Cached {
  segment: IndexedSegment;
  occurrences: readonly TermOccurrence[];
  issues: readonly TerminologyIssue[];
}

const noIssues: readonly TerminologyIssue[] = [];

/**
 * The project's terminology flags and, per glossary entry, the segments whose source holds it,
 * kept up to date incrementally. Each segment's terms and issues are cached with the source and
 * English they were computed from: after a save only segments whose text changed are checked
 * again, and after a glossary change only segments whose terms (or whose terms' entries) changed.
 */
export class TerminologyIndex {
  private readonly cache = new Map<string, Cached>();
  private glossary: TerminologyGlossary | null = null;
  private entrySignatures = new Map<string, string>();
  private order: readonly IndexedSegment[] = [];
  /** Positions of the segments that have issues, ascending, and their issues. */
  private flagged: number[] = [];
  private flaggedIssues: (readonly TerminologyIssue[])[] = [];
  private total = 0;
  private flags: TerminologyFlags = this.snapshot();
  private segmentsOfEntry: ReadonlyMap<string, readonly string[]> = new Map();

  constructor(private readonly check: Check = checkTerminology) {}

  /**
   * Brings the index in line with the segments (all of them, in project order) and the glossary.
   * Returns the same flags object as before when no flag changed. The cost is a comparison per
   * segment plus the work for the segments that changed: nothing is rebuilt from scratch.
   */
  update(segments: readonly IndexedSegment[], glossary: TerminologyGlossary): TerminologyFlags {
    const glossaryChanged = glossary !== this.glossary;
    const changedEntries = glossaryChanged ? this.takeEntryChanges(glossary) : new Set<string>();
    this.glossary = glossary;
    let occurrencesChanged = false;
    // Numbers (and the order of occurrences) follow the segments' positions.
    let orderChanged = segments.length !== this.order.length;
    let flagsChanged = false;
    for (let index = 0; index < segments.length; index += 1) {
      const segment = segments[index];
      if (!segment) continue;
      if (this.order[index]?.id !== segment.id) orderChanged = true;
      const cached = this.cache.get(segment.id);
      if (cached?.segment === segment && !glossaryChanged) continue;
      if (!cached) {
        const occurrences = glossary.findTerms(segment.source);
        const issues = this.issuesOf(occurrences, segment.translationText, glossary);
        this.cache.set(segment.id, { segment, occurrences, issues });
        occurrencesChanged = true;
        flagsChanged ||= issues.length > 0;
        continue;
      }
      let termsChanged = false;
      if (cached.segment.source !== segment.source || glossaryChanged) {
        const occurrences = glossary.findTerms(segment.source);
        if (!sameOccurrences(occurrences, cached.occurrences)) {
          termsChanged = true;
          occurrencesChanged = true;
          cached.occurrences = occurrences;
        } else {
          termsChanged = cached.occurrences.some((found) =>
            found.entryIds.some((id) => changedEntries.has(id)),
          );
        }
      }
      if (termsChanged || cached.segment.translationText !== segment.translationText) {
        const issues = this.issuesOf(cached.occurrences, segment.translationText, glossary);
        if (!sameIssues(issues, cached.issues)) {
          flagsChanged = true;
          if (!orderChanged) this.moveFlags(index, issues);
          cached.issues = issues;
        }
      }
      cached.segment = segment;
    }
    this.order = segments;
    if (orderChanged) {
      const ids = new Set(segments.map((segment) => segment.id));
      for (const id of this.cache.keys()) if (!ids.has(id)) this.cache.delete(id);
    }
    if (orderChanged) this.collectFlags();
    if (flagsChanged || orderChanged) this.flags = this.snapshot();
    if (occurrencesChanged || orderChanged) this.segmentsOfEntry = this.collectOccurrences();
    return this.flags;
  }

  private issuesOf(
    occurrences: readonly TermOccurrence[],
    translationText: string,
    glossary: TerminologyGlossary,
  ): readonly TerminologyIssue[] {
    if (occurrences.length === 0 || translationText.trim() === '') return noIssues;
    const issues = this.check(occurrences, translationText, glossary.entriesById);
    return issues.length === 0 ? noIssues : issues;
  }

  /** For each entry, the ids of the segments whose source holds it, in project order. */
  occurrences(): ReadonlyMap<string, readonly string[]> {
    return this.segmentsOfEntry;
  }

  /** Entries added, removed or changed (source, targets, status) since the last glossary. */
  private takeEntryChanges(glossary: TerminologyGlossary): Set<string> {
    const signatures = new Map<string, string>();
    const changed = new Set<string>();
    for (const [id, entry] of glossary.entriesById) {
      const signature = [entry.source, entry.status, ...entry.targets].join('\u0000');
      signatures.set(id, signature);
      if (this.entrySignatures.get(id) !== signature) changed.add(id);
    }
    for (const id of this.entrySignatures.keys()) if (!signatures.has(id)) changed.add(id);
    this.entrySignatures = signatures;
    return changed;
  }

  /** Keeps `flagged`, `flaggedIssues` and `total` in step with one segment's new issues. */
  private moveFlags(position: number, issues: readonly TerminologyIssue[]): void {
    const at = lowerBound(this.flagged, position);
    const present = this.flagged[at] === position;
    this.total += issues.length - (present ? (this.flaggedIssues[at]?.length ?? 0) : 0);
    if (present && issues.length === 0) {
      this.flagged.splice(at, 1);
      this.flaggedIssues.splice(at, 1);
    } else if (present) {
      this.flaggedIssues[at] = issues;
    } else if (issues.length > 0) {
      this.flagged.splice(at, 0, position);
      this.flaggedIssues.splice(at, 0, issues);
    }
  }

  private collectFlags(): void {
    this.flagged = [];
    this.flaggedIssues = [];
    this.total = 0;
    this.order.forEach((segment, position) => {
      const issues = this.cache.get(segment.id)?.issues ?? noIssues;
      if (issues.length === 0) return;
      this.flagged.push(position);
      this.flaggedIssues.push(issues);
      this.total += issues.length;
    });
  }

  /** The flags as of now; later updates change the index's arrays, not these copies. */
  private snapshot(): TerminologyFlags {
    const positions = this.flagged.slice();
    const issueLists = this.flaggedIssues.slice();
    const order = this.order;
    return {
      total: this.total,
      first(limit) {
        const flags: TerminologyFlag[] = [];
        for (const [at, position] of positions.entries()) {
          for (const issue of issueLists[at] ?? noIssues) {
            if (flags.length >= limit) return flags;
            flags.push({ segmentId: order[position]?.id ?? '', number: position + 1, issue });
          }
        }
        return flags;
      },
    };
  }

  private collectOccurrences(): Map<string, string[]> {
    const segmentsOfEntry = new Map<string, string[]>();
    for (const segment of this.order) {
      for (const occurrence of this.cache.get(segment.id)?.occurrences ?? []) {
        for (const entryId of occurrence.entryIds) {
          let list = segmentsOfEntry.get(entryId);
          if (!list) {
            list = [];
            segmentsOfEntry.set(entryId, list);
          }
          // A segment counts once, however often the term occurs in it.
          if (list.at(-1) !== segment.id) list.push(segment.id);
        }
      }
    }
    return segmentsOfEntry;
  }
}

function sameOccurrences(a: readonly TermOccurrence[], b: readonly TermOccurrence[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index += 1) {
    const mine = a[index];
    const other = b[index];
    if (!mine || !other || mine.start !== other.start || mine.end !== other.end) return false;
    if (mine.entryIds.length !== other.entryIds.length) return false;
    if (mine.entryIds.some((id, at) => other.entryIds[at] !== id)) return false;
  }
  return true;
}

function sameIssues(a: readonly TerminologyIssue[], b: readonly TerminologyIssue[]): boolean {
  if (a === b) return true;
  return a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
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
