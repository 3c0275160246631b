/**
 * The longest common subsequence of one text (a look-up's query) with many others, by the
 * bit-parallel algorithm of Allison and Dix (as Hyyrö writes it): one bit per character of the
 * prepared text, 32 to a word, so each character of the other text costs a few operations per
 * word, and a character the prepared text lacks costs nothing.
 *
 * Texts `d` edits apart keep at least `longest − d` characters in order, so `longest − LCS` is a
 * lower bound of their edit distance, about three times cheaper to get than the distance.
 */
export class CommonSubsequence {
  // Character code → 1 + its row in `masks`; 0 for characters the prepared text lacks.
  private readonly ids = new Int32Array(0x10000);
  private codes: number[] = [];
  // Per character of the prepared text: the bits of the positions where it occurs.
  private masks = new Int32Array(0);
  private row = new Int32Array(0);
  private words = 0;
  private length = 0;

  /** Makes `text` the one the next `lengthWith` calls compare with. */
  prepare(text: string): void {
    const { ids } = this;
    for (const code of this.codes) ids[code] = 0;
    this.codes = [];
    const words = (text.length + 31) >>> 5;
    for (let at = 0; at < text.length; at += 1) {
      const code = text.charCodeAt(at);
      if (ids[code] === 0) {
        this.codes.push(code);
        ids[code] = this.codes.length;
      }
    }
    const size = this.codes.length * words;
    if (this.masks.length < size) this.masks = new Int32Array(size);
    else this.masks.fill(0, 0, size);
    const { masks } = this;
    for (let at = 0; at < text.length; at += 1) {
      const row = (ids[text.charCodeAt(at)] as number) - 1;
      const word = row * words + (at >>> 5);
      masks[word] = (masks[word] as number) | (1 << (at & 31));
    }
    if (this.row.length < words) this.row = new Int32Array(words);
    this.words = words;
    this.length = text.length;
  }

  /** The length of the longest common subsequence of the prepared text and `other`. */
  lengthWith(other: string): number {
    const { ids, masks, row, words } = this;
    row.fill(-1, 0, words);
    for (let at = 0; at < other.length; at += 1) {
      const id = ids[other.charCodeAt(at)] as number;
      if (id === 0) continue;
      const base = (id - 1) * words;
      let carry = 0;
      for (let word = 0; word < words; word += 1) {
        const bits = (row[word] as number) >>> 0;
        const mask = masks[base + word] as number;
        // V' = (V + (V & M)) | (V & ~M), the addition carried from word to word.
        const sum = bits + ((bits & mask) >>> 0) + carry;
        carry = sum > 0xffffffff ? 1 : 0;
        row[word] = sum | (bits & ~mask);
      }
    }
    // Each zero bit among the prepared text's positions is one character of the subsequence.
    let common = 0;
    for (let word = 0; word < words; word += 1) {
      const valid = Math.min(32, this.length - word * 32);
      const bits =
        valid === 32 ? (row[word] as number) : (row[word] as number) & ((1 << valid) - 1);
      common += valid - ones(bits);
    }
    return common;
  }
}

function ones(bits: number): number {
  let value = bits - ((bits >>> 1) & 0x55555555);
  value = (value & 0x33333333) + ((value >>> 2) & 0x33333333);
  return (Math.imul((value + (value >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24) as number;
}
