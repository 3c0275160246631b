/**
 * A multi-pattern string matcher over UTF-16 code units: one pass over a text reports every
 * occurrence of every pattern, whatever the number of patterns. Patterns can be added and
 * removed; the failure and dictionary links are rebuilt lazily, once, before the next search.
 *
 * Nodes live in flat arrays and transitions in per-node maps keyed by code unit, so a search
 * allocates nothing per character (this is the hot loop of glossary recognition).
 */
export class AhoCorasick {
  private next: Map<number, number>[] = [new Map()];
  /** The root's transitions as a dense table (0: none): most steps of a search start there. */
  private readonly rootNext = new Int32Array(65536);
  /** Pattern ending exactly at a node, or -1. */
  private pattern: number[] = [-1];
  private depth: number[] = [0];
  private fail = new Int32Array(1);
  /** Nearest node down the failure chain that ends a pattern, or -1. */
  private dictionary = new Int32Array(1);
  // Transitions compiled into flat arrays by link(): a node's edges are a short run scanned
  // linearly (most nodes have one or two), which beats a Map lookup in the search loop.
  private edgeStart = new Int32Array(1);
  private edgeCount = new Int32Array(1);
  private edgeUnit = new Uint16Array(0);
  private edgeTarget = new Int32Array(0);
  private readonly patterns = new Map<number, string>();
  private linked = true;

  /** Adds a pattern; a pattern identical to one already added replaces its id. */
  add(patternId: number, text: string): void {
    if (text === '') return;
    let state = 0;
    for (let index = 0; index < text.length; index += 1) {
      const unit = text.charCodeAt(index);
      let target = this.next[state]?.get(unit);
      if (target === undefined) {
        target = this.next.length;
        this.next.push(new Map());
        this.pattern.push(-1);
        this.depth.push((this.depth[state] ?? 0) + 1);
        this.next[state]?.set(unit, target);
        if (state === 0) this.rootNext[unit] = target;
      }
      state = target;
    }
    this.pattern[state] = patternId;
    this.patterns.set(patternId, text);
    this.linked = false;
  }

  remove(patternId: number): void {
    const text = this.patterns.get(patternId);
    if (text === undefined) return;
    let state = 0;
    for (let index = 0; index < text.length; index += 1) {
      state = this.next[state]?.get(text.charCodeAt(index)) ?? 0;
    }
    if (this.pattern[state] === patternId) this.pattern[state] = -1;
    this.patterns.delete(patternId);
    this.linked = false;
  }

  get size(): number {
    return this.patterns.size;
  }

  /**
   * Reports each occurrence as (start, end, patternId), in order of end offset. Each code unit
   * of the text is normalised through `unitTable` (the patterns are already normalised);
   * `fillUnit` computes and stores an entry the table does not have yet (0).
   */
  search(
    text: string,
    unitTable: Uint16Array,
    fillUnit: (unit: number) => number,
    report: (start: number, end: number, patternId: number) => void,
  ): void {
    if (!this.linked) this.link();
    const { fail, dictionary, pattern, depth, rootNext } = this;
    const { edgeStart, edgeCount, edgeUnit, edgeTarget } = this;
    let state = 0;
    for (let index = 0; index < text.length; index += 1) {
      const code = text.charCodeAt(index);
      let unit = unitTable[code] ?? 0;
      if (unit === 0) unit = fillUnit(code);
      let target = -1;
      while (state !== 0) {
        const first = edgeStart[state] ?? 0;
        const last = first + (edgeCount[state] ?? 0);
        for (let edge = first; edge < last; edge += 1) {
          if (edgeUnit[edge] === unit) {
            target = edgeTarget[edge] ?? 0;
            break;
          }
        }
        if (target !== -1) break;
        state = fail[state] ?? 0;
      }
      state = target !== -1 ? target : (rootNext[unit] ?? 0);
      for (let output = pattern[state] === -1 ? (dictionary[state] ?? -1) : state; output > 0;) {
        const length = depth[output] ?? 0;
        report(index + 1 - length, index + 1, pattern[output] ?? -1);
        output = dictionary[output] ?? -1;
      }
    }
  }

  private link(): void {
    const count = this.next.length;
    this.edgeStart = new Int32Array(count);
    this.edgeCount = new Int32Array(count);
    let edges = 0;
    for (const transitions of this.next) edges += transitions.size;
    this.edgeUnit = new Uint16Array(edges);
    this.edgeTarget = new Int32Array(edges);
    let edge = 0;
    for (const [state, transitions] of this.next.entries()) {
      this.edgeStart[state] = edge;
      this.edgeCount[state] = transitions.size;
      for (const [unit, target] of transitions) {
        this.edgeUnit[edge] = unit;
        this.edgeTarget[edge] = target;
        edge += 1;
      }
    }
    this.fail = new Int32Array(count);
    this.dictionary = new Int32Array(count).fill(-1);
    const queue = new Int32Array(count);
    let tail = 0;
    for (const child of this.next[0]?.values() ?? []) queue[tail++] = child;
    for (let head = 0; head < tail; head += 1) {
      const state = queue[head] ?? 0;
      for (const [unit, child] of this.next[state] ?? []) {
        let fallback = this.fail[state] ?? 0;
        let target = this.next[fallback]?.get(unit);
        while (target === undefined && fallback !== 0) {
          fallback = this.fail[fallback] ?? 0;
          target = this.next[fallback]?.get(unit);
        }
        const failTo = target !== undefined && target !== child ? target : 0;
        this.fail[child] = failTo;
        this.dictionary[child] =
          (this.pattern[failTo] ?? -1) !== -1 ? failTo : (this.dictionary[failTo] ?? -1);
        queue[tail++] = child;
      }
    }
    this.linked = true;
  }
}
