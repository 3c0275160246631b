const terminators = new Set(['。', '！', '？', '!', '?', '．']);
// Closers that belong to the sentence they follow: `。”` ends after the quote.
const closers = new Set(['”', '’', '」', '』', '）', ')', '》', '〉', '"', "'", '…']);
const quotePairs = new Map([
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
]);

/**
 * Exclusive end offsets of the sentences of a paragraph. A sentence ends after 。！？!? (and any
 * closing quotes right after them), never inside a quotation; trailing spaces stay with the
 * sentence before them. The last offset is always the text's length.
 */
export function splitSentences(text: string): number[] {
  if (text === '') return [];
  const ends: number[] = [];
  const openQuotes: string[] = [];
  let asciiQuoteOpen = false;
  let index = 0;
  while (index < text.length) {
    const char = text[index] ?? '';
    let closedQuotedSentence = false;
    if (quotePairs.has(char)) openQuotes.push(quotePairs.get(char) ?? '');
    else if (char === openQuotes.at(-1)) {
      openQuotes.pop();
      // 「好嗎？」她問。: a quotation that ends a sentence ends it after the closing quote.
      closedQuotedSentence = openQuotes.length === 0 && terminators.has(text[index - 1] ?? '');
    } else if (char === '"') asciiQuoteOpen = !asciiQuoteOpen;

    const outsideQuotes = openQuotes.length === 0 && !asciiQuoteOpen;
    if ((terminators.has(char) && outsideQuotes) || closedQuotedSentence) {
      let end = index + 1;
      while (end < text.length && terminators.has(text[end] ?? '')) end += 1;
      while (end < text.length && closers.has(text[end] ?? '')) {
        // A straight quote taken along here is the one that closes the open quotation (or, if
        // none is open, one that opens the next): either way the quote state follows it.
        if (text[end] === '"') {
          if (!asciiQuoteOpen) break;
          asciiQuoteOpen = false;
        }
        end += 1;
      }
      while (end < text.length && /\s/.test(text[end] ?? '')) end += 1;
      ends.push(end);
      index = end;
      continue;
    }
    index += 1;
  }
  if (ends.at(-1) !== text.length) ends.push(text.length);
  return ends;
}
