import { makeCharFold, foldText, type CharFold } from '../glossary/charFold';

/** One CC-CEDICT entry, as written in the data (pinyin numbered, definitions as given). */
export interface CedictEntry {
  traditional: string;
  simplified: string;
  pinyin: string;
  definitions: string[];
}

/** Bumped when the asset's layout changes, so a cached copy of an older layout is not read. */
export const dictionaryAssetFormat = 'bw-cedict 1';

const cedictLine = /^(\S+) (\S+) \[([^\]]*)\] \/(.*)\/\s*$/;

/** A line of cedict_ts.u8 ("雲計算 云计算 [yun2 ji4 suan4] /cloud computing/"), or null. */
export function parseCedictLine(line: string): CedictEntry | null {
  const match = cedictLine.exec(line);
  if (!match) return null;
  const [, traditional = '', simplified = '', pinyin = '', definitions = ''] = match;
  return { traditional, simplified, pinyin, definitions: definitions.split('/').filter(Boolean) };
}

/**
 * The asset the app downloads, already an index so that reading it is one `split`: CC-CEDICT's
 * header notice (licence and attribution, kept as the licence asks), the character fold as a
 * table (Traditional → Simplified for every character opencc changes, so the app needs no
 * opencc to look up), the longest key's length, then one entry a line,
 * `key TAB traditional TAB simplified TAB pinyin TAB definitions`, sorted by key (in CC-CEDICT's
 * order within a key) for binary search. The key is the folded headword; simplified is left
 * empty when it equals the key, traditional when it equals the simplified. An entry whose
 * Traditional headword folds to another key is written under that key too.
 */
export function buildDictionaryAsset(
  cedict: string,
  foldTable: ReadonlyMap<string, string>,
): string {
  const fold = foldFromTable(foldTable);
  const header: string[] = [];
  const entries: { key: string; line: string }[] = [];
  for (const line of cedict.split('\n')) {
    if (line.startsWith('#')) {
      header.push(line.trimEnd());
      continue;
    }
    const entry = parseCedictLine(line);
    if (!entry) continue;
    const clean = (text: string) => text.replace(/[\t\n]/g, ' ');
    for (const key of new Set([
      foldText(entry.simplified, fold),
      foldText(entry.traditional, fold),
    ])) {
      const fields = [
        entry.traditional === entry.simplified ? '' : entry.traditional,
        entry.simplified === key ? '' : entry.simplified,
        clean(entry.pinyin),
        entry.definitions.map(clean).join('/'),
      ];
      entries.push({ key, line: [key, ...fields].join('\t') });
    }
  }
  // Stable: entries of one key keep CC-CEDICT's order.
  entries.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const longest = entries.reduce((most, { key }) => Math.max(most, key.length), 1);
  let pairs = '';
  for (const [from, to] of foldTable) pairs += from + to;
  return [
    `#${dictionaryAssetFormat}`,
    ...header,
    `@fold\t${pairs}`,
    `@longest\t${longest}`,
    ...entries.map(({ line }) => line),
  ].join('\n');
}

function foldFromTable(table: ReadonlyMap<string, string>): CharFold {
  return makeCharFold((char) => table.get(char) ?? char);
}

/**
 * Every Han character the page's fold (opencc Traditional → Simplified) changes, for the asset.
 * `toSimplified` is opencc's converter; the table repeats what makeCharFold does with it.
 */
export function foldTableOf(toSimplified: (text: string) => string): Map<string, string> {
  const fold = makeCharFold(toSimplified);
  const table = new Map<string, string>();
  const ranges: [number, number][] = [
    [0x2e80, 0x2fdf],
    [0x3400, 0x4dbf],
    [0x4e00, 0x9fff],
    [0xf900, 0xfaff],
    [0x20000, 0x323af],
  ];
  for (const [first, last] of ranges) {
    for (let code = first; code <= last; code += 1) {
      const char = String.fromCodePoint(code);
      const folded = fold(char);
      if (folded !== char) table.set(char, folded);
    }
  }
  return table;
}

/** A dictionary word found in a text, with every entry for it. */
export interface DictionaryWord {
  text: string;
  start: number;
  entries: CedictEntry[];
}

/**
 * CC-CEDICT indexed by folded headword, read from the asset: looking up 云計算 finds 雲計算,
 * whatever mix of scripts the text is in. The asset's lines are the index (sorted by key);
 * an entry is parsed only when it is looked up.
 */
export class Dictionary {
  readonly header: string[] = [];
  readonly fold: CharFold;
  readonly maxKeyLength: number;
  private readonly lines: string[];
  private readonly first: number;

  constructor(asset: string) {
    this.lines = asset.split('\n');
    if (this.lines[0] !== `#${dictionaryAssetFormat}`) {
      throw new Error(`Not a dictionary asset of format "${dictionaryAssetFormat}"`);
    }
    let number = 1;
    while (this.lines[number]?.startsWith('#')) this.header.push(this.lines[number++] ?? '');
    const foldLine = this.lines[number++] ?? '';
    const longestLine = this.lines[number++] ?? '';
    if (!foldLine.startsWith('@fold\t') || !longestLine.startsWith('@longest\t')) {
      throw new Error('The dictionary asset is damaged');
    }
    const chars = [...foldLine.slice('@fold\t'.length)];
    const table = new Map<string, string>();
    for (let at = 0; at + 1 < chars.length; at += 2)
      table.set(chars[at] ?? '', chars[at + 1] ?? '');
    this.fold = foldFromTable(table);
    this.maxKeyLength = Number(longestLine.slice('@longest\t'.length)) || 1;
    this.first = number;
  }

  /** How many entries (an entry under two keys counts twice). */
  get size(): number {
    return this.lines.length - this.first;
  }

  /** The entries whose folded headword is exactly this text's fold. */
  lookup(text: string): CedictEntry[] {
    return this.entriesFor(foldText(text, this.fold));
  }

  private keyAt(number: number): string {
    const line = this.lines[number] ?? '';
    return line.slice(0, line.indexOf('\t'));
  }

  /** The first line whose key is not less than `key`. */
  private lowerBound(key: string): number {
    let low = this.first;
    let high = this.lines.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (this.keyAt(middle) < key) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  private has(key: string): boolean {
    return this.keyAt(this.lowerBound(key)) === key && key !== '';
  }

  private entriesFor(key: string): CedictEntry[] {
    const entries: CedictEntry[] = [];
    if (key === '') return entries;
    for (let number = this.lowerBound(key); this.keyAt(number) === key; number += 1) {
      entries.push(this.entryAt(number));
    }
    return entries;
  }

  private entryAt(number: number): CedictEntry {
    const [key = '', traditional = '', simplified = '', pinyin = '', definitions = ''] = (
      this.lines[number] ?? ''
    ).split('\t');
    return {
      traditional: traditional || simplified || key,
      simplified: simplified || key,
      pinyin,
      definitions: definitions.split('/').filter(Boolean),
    };
  }

  /**
   * The text cut greedily into the longest dictionary words, left to right (characters with no
   * entry are skipped): what a longer selection is made of, longest words first.
   */
  segment(text: string): DictionaryWord[] {
    const folded = foldText(text, this.fold);
    const words: DictionaryWord[] = [];
    let start = 0;
    while (start < folded.length) {
      const found = this.longestAt(folded, start);
      if (found) {
        words.push({
          text: text.slice(start, start + found.length),
          start,
          entries: found.entries,
        });
        start += found.length;
      } else {
        start += (folded.codePointAt(start) ?? 0) > 0xffff ? 2 : 1;
      }
    }
    return words;
  }

  /** The dictionary word the greedy cut of the text puts at this offset, if any. */
  wordAt(text: string, offset: number): DictionaryWord | null {
    return (
      this.segment(text).find(
        (word) => word.start <= offset && offset < word.start + word.text.length,
      ) ?? null
    );
  }

  private longestAt(
    folded: string,
    start: number,
  ): { length: number; entries: CedictEntry[] } | null {
    const longest = Math.min(this.maxKeyLength, folded.length - start);
    for (let length = longest; length >= 1; length -= 1) {
      if (!this.has(folded.slice(start, start + length))) continue;
      return { length, entries: this.entriesFor(folded.slice(start, start + length)) };
    }
    return null;
  }
}
