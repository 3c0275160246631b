const toneMarks = ['', '\u0304', '\u0301', '\u030c', '\u0300', ''];

/**
 * One CC-CEDICT syllable ("hua4", "lu:4", "Ma3", "r5") with its tone as a mark: the mark goes on
 * a or e when there is one, on the o of "ou", otherwise on the last vowel (the standard rule).
 * CC-CEDICT writes ü as "u:". Syllables without a vowel (m2, ng4) carry the mark on m or n.
 */
export function markSyllable(syllable: string): string {
  const match = /^([a-zü]+?)([1-5])$/i.exec(withUmlaut(syllable));
  if (!match) return withUmlaut(syllable);
  const [, letters = '', tone = '5'] = match;
  const mark = toneMarks[Number(tone)] ?? '';
  if (mark === '') return letters;
  const lower = letters.toLowerCase();
  let at = lower.search(/[ae]/);
  if (at < 0) at = lower.indexOf('ou');
  if (at < 0) at = [...lower.matchAll(/[iouü]/g)].at(-1)?.index ?? lower.search(/[mn]/);
  if (at < 0) return letters;
  return (letters.slice(0, at + 1) + mark + letters.slice(at + 1)).normalize('NFC');
}

function withUmlaut(syllable: string): string {
  return syllable.replace(/u:/g, 'ü').replace(/U:/g, 'Ü');
}

/** "ma3 hua4 teng2" → "mǎ huà téng"; anything that is not a numbered syllable is kept. */
export function numberedToMarked(pinyin: string): string {
  return pinyin.replace(/[a-z]+(?:[a-z]|u:)*[1-5]|[a-z]*u:[a-z]*/gi, markSyllable);
}

/** Readings written into CC-CEDICT definitions ("CL:個|个[ge4]") get marks too. */
export function markReadingsInDefinition(definition: string): string {
  return definition.replace(
    /\[([^\]]+)\]/g,
    (_, reading: string) => `[${numberedToMarked(reading)}]`,
  );
}
