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
 * The asset the app downloads: CC-CEDICT's header notice (licence and attribution, kept as the
 * licence asks), the character fold as a table (Traditional → Simplified for every character
 * opencc changes, so the app needs no opencc to look up), then one entry a line:
 * `key TAB traditional TAB simplified TAB pinyin TAB definitions`. The key is the folded
 * headword, left empty when it equals the simplified one; traditional is left empty when it
 * equals the simplified. Entries are in CC-CEDICT's order.
 */
export function buildDictionaryAsset(
  cedict: string,
  foldTable: ReadonlyMap<string, string>,
): string {
  const fold = foldFromTable(foldTable);
  const header: string[] = [];
  const entries: string[] = [];
  for (const line of cedict.split('\n')) {
    if (line.startsWith('#')) {
      header.push(line.trimEnd());
      continue;
    }
    const entry = parseCedictLine(line);
    if (!entry) continue;
    const clean = (text: string) => text.replace(/[\t\n]/g, ' ');
    const keys = new Set([foldText(entry.simplified, fold), foldText(entry.traditional, fold)]);
    const key = [...keys].filter((k) => k !== entry.simplified).join('|');
    entries.push(
      [
        key,
        entry.traditional === entry.simplified ? '' : entry.traditional,
        entry.simplified,
        clean(entry.pinyin),
        entry.definitions.map(clean).join('/'),
      ].join('\t'),
    );
  }
  let pairs = '';
  for (const [from, to] of foldTable) pairs += from + to;
  return [`#${dictionaryAssetFormat}`, ...header, `@fold\t${pairs}`, ...entries, ''].join('\n');
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
 * whatever mix of scripts the text is in. Entries are parsed when first looked up.
 */
export class Dictionary {
  readonly header: string[];
  readonly fold: CharFold;
  readonly maxKeyLength: number;
  private readonly index = new Map<string, number[]>();
  private readonly lines: string[];

  constructor(asset: string) {
    this.lines = asset.split('\n');
    if (this.lines[0] !== `#${dictionaryAssetFormat}`) {
      throw new Error(`Not a dictionary asset of format "${dictionaryAssetFormat}"`);
    }
    this.header = [];
    const table = new Map<string, string>();
    let maxKeyLength = 1;
    for (let number = 1; number < this.lines.length; number += 1) {
      const line = this.lines[number] ?? '';
      if (line.startsWith('#')) {
        this.header.push(line);
        continue;
      }
      if (line.startsWith('@fold\t')) {
        const chars = [...line.slice('@fold\t'.length)];
        for (let at = 0; at + 1 < chars.length; at += 2)
          table.set(chars[at] ?? '', chars[at + 1] ?? '');
        continue;
      }
      if (line === '') continue;
      const keyEnd = line.indexOf('\t');
      const simplifiedStart = line.indexOf('\t', keyEnd + 1) + 1;
      const simplified = line.slice(simplifiedStart, line.indexOf('\t', simplifiedStart));
      const keys = keyEnd === 0 ? [simplified] : line.slice(0, keyEnd).split('|');
      for (const key of keys) {
        const known = this.index.get(key);
        if (known) known.push(number);
        else this.index.set(key, [number]);
        if (key.length > maxKeyLength) maxKeyLength = key.length;
      }
    }
    this.fold = foldFromTable(table);
    this.maxKeyLength = Math.min(maxKeyLength, 32);
  }

  get size(): number {
    return this.index.size;
  }

  /** The entries whose folded headword is exactly this text's fold. */
  lookup(text: string): CedictEntry[] {
    return this.entriesFor(foldText(text, this.fold));
  }

  private entriesFor(key: string): CedictEntry[] {
    return (this.index.get(key) ?? []).map((number) => this.entryAt(number));
  }

  private entryAt(number: number): CedictEntry {
    const [, traditional = '', simplified = '', pinyin = '', definitions = ''] = (
      this.lines[number] ?? ''
    ).split('\t');
    return {
      traditional: traditional || simplified,
      simplified,
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
      if (!this.index.has(folded.slice(start, start + length))) continue;
      return { length, entries: this.entriesFor(folded.slice(start, start + length)) };
    }
    return null;
  }
}
