/**
 * Footnote numbers across the whole project: segment order, then position in the segment. Only
 * counts per segment are kept, in a Fenwick tree, so the first number of a segment is found and a
 * segment's count changed in O(log n): a keystroke costs the same in a project of 20,000
 * segments as in one of 20. Numbers are computed, never stored.
 */
export class FootnoteNumbering {
  private readonly counts: number[];
  private readonly tree: number[];

  constructor(counts: readonly number[]) {
    this.counts = [...counts];
    this.tree = new Array<number>(counts.length + 1).fill(0);
    // Linear construction: each node passes its sum to its parent once.
    counts.forEach((count, index) => (this.tree[index + 1] = count));
    for (let node = 1; node <= counts.length; node += 1) {
      const parent = node + (node & -node);
      if (parent <= counts.length)
        this.tree[parent] = (this.tree[parent] ?? 0) + (this.tree[node] ?? 0);
    }
  }

  get size(): number {
    return this.counts.length;
  }

  countAt(index: number): number {
    return this.counts[index] ?? 0;
  }

  /** Sets a segment's count; says whether it changed (when not, no number anywhere moved). */
  setCount(index: number, count: number): boolean {
    const before = this.counts[index];
    if (before === undefined || before === count) return false;
    this.counts[index] = count;
    for (let node = index + 1; node < this.tree.length; node += node & -node)
      this.tree[node] = (this.tree[node] ?? 0) + count - before;
    return true;
  }

  /** The number of the first footnote of the segment at `index` (1-based numbers). */
  firstNumberAt(index: number): number {
    let sum = 0;
    for (let node = Math.min(index, this.counts.length); node > 0; node -= node & -node)
      sum += this.tree[node] ?? 0;
    return sum + 1;
  }

  total(): number {
    return this.firstNumberAt(this.counts.length) - 1;
  }
}
