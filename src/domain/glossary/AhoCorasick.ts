interface TrieNode {
  next: Map<string, number>;
  fail: number;
  /** Patterns ending here, directly or through the failure chain (filled when links are built). */
  outputs: number[];
  /** Patterns ending exactly here. */
  own: number[];
}

export interface AutomatonMatch {
  /** UTF-16 offset of the first unit of the match. */
  start: number;
  end: number;
  patternId: number;
}

/**
 * A multi-pattern string matcher: one pass over the text finds every occurrence of every
 * pattern, whatever the number of patterns. Patterns can be added and removed; the failure links
 * are rebuilt lazily, once, before the next search.
 */
export class AhoCorasick {
  private nodes: TrieNode[] = [newNode()];
  private readonly patterns = new Map<number, string>();
  private linked = true;

  add(patternId: number, pattern: string): void {
    if (pattern === '') return;
    let state = 0;
    for (const unit of units(pattern)) {
      const node = this.nodes[state] as TrieNode;
      let next = node.next.get(unit);
      if (next === undefined) {
        next = this.nodes.length;
        this.nodes.push(newNode());
        node.next.set(unit, next);
      }
      state = next;
    }
    (this.nodes[state] as TrieNode).own.push(patternId);
    this.patterns.set(patternId, pattern);
    this.linked = false;
  }

  remove(patternId: number): void {
    const pattern = this.patterns.get(patternId);
    if (pattern === undefined) return;
    let state = 0;
    for (const unit of units(pattern)) state = (this.nodes[state] as TrieNode).next.get(unit) ?? 0;
    const node = this.nodes[state] as TrieNode;
    node.own = node.own.filter((id) => id !== patternId);
    this.patterns.delete(patternId);
    this.linked = false;
  }

  get size(): number {
    return this.patterns.size;
  }

  search(text: string): AutomatonMatch[] {
    if (!this.linked) this.link();
    const matches: AutomatonMatch[] = [];
    let state = 0;
    let offset = 0;
    for (const unit of units(text)) {
      offset += unit.length;
      let node = this.nodes[state] as TrieNode;
      while (state !== 0 && !node.next.has(unit)) {
        state = node.fail;
        node = this.nodes[state] as TrieNode;
      }
      state = node.next.get(unit) ?? 0;
      for (const patternId of (this.nodes[state] as TrieNode).outputs) {
        const length = (this.patterns.get(patternId) as string).length;
        matches.push({ start: offset - length, end: offset, patternId });
      }
    }
    return matches;
  }

  private link(): void {
    const root = this.nodes[0] as TrieNode;
    root.outputs = [...root.own];
    const queue: number[] = [];
    for (const child of root.next.values()) {
      const node = this.nodes[child] as TrieNode;
      node.fail = 0;
      node.outputs = [...node.own];
      queue.push(child);
    }
    for (let head = 0; head < queue.length; head += 1) {
      const state = queue[head] as number;
      const node = this.nodes[state] as TrieNode;
      for (const [unit, child] of node.next) {
        let fail = node.fail;
        while (fail !== 0 && !(this.nodes[fail] as TrieNode).next.has(unit)) {
          fail = (this.nodes[fail] as TrieNode).fail;
        }
        const target = (this.nodes[fail] as TrieNode).next.get(unit);
        const childNode = this.nodes[child] as TrieNode;
        childNode.fail = target !== undefined && target !== child ? target : 0;
        childNode.outputs = [...childNode.own, ...(this.nodes[childNode.fail] as TrieNode).outputs];
        queue.push(child);
      }
    }
    this.linked = true;
  }
}

function newNode(): TrieNode {
  return { next: new Map(), fail: 0, outputs: [], own: [] };
}

/** Code points, so a character outside the BMP is one step of the automaton. */
function units(text: string): Iterable<string> {
  return text;
}
