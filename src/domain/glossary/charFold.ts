export type CharFold = (char: string) => string;

/**
 * Folds one character to the form terms are matched on: Simplified script, lower case,
 * half-width ASCII. A fold that would change the UTF-16 length keeps the character, so offsets
 * in the folded text are offsets in the original.
 */
export function makeCharFold(toSimplified: (text: string) => string): CharFold {
  const cache = new Map<string, string>();
  return (char) => {
    const known = cache.get(char);
    if (known !== undefined) return known;
    let folded = toSimplified(char);
    const code = folded.codePointAt(0) ?? 0;
    // Full-width ASCII variants (！ Ａ ０) to their ASCII forms.
    if (code >= 0xff01 && code <= 0xff5e) folded = String.fromCodePoint(code - 0xfee0);
    folded = folded.toLowerCase();
    const result = folded.length === char.length ? folded : char;
    cache.set(char, result);
    return result;
  };
}

export function foldText(text: string, fold: CharFold): string {
  let folded = '';
  for (const char of text) folded += fold(char);
  return folded;
}
