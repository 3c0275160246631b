import type { Reading } from '../model/segment';

// A Han character, then a pinyin syllable in ASCII parentheses: what a Simplified→Traditional
// converter leaves when it annotates characters it considers ambiguous, e.g. 業(yè).
const artifact = /(\p{Script=Han})\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[1-5]?)\)/gu;

export interface CleanedLine {
  text: string;
  readings: Reading[];
}

/** Removes `字(pinyin)` artifacts, keeping each reading with the offset of its character. */
export function cleanPinyinArtifacts(line: string): CleanedLine {
  const readings: Reading[] = [];
  let text = '';
  let cursor = 0;
  for (const match of line.matchAll(artifact)) {
    const [whole, base = '', reading = ''] = match;
    text += line.slice(cursor, match.index) + base;
    readings.push({ offset: text.length - base.length, length: base.length, reading });
    cursor = match.index + whole.length;
  }
  if (readings.length === 0) return { text: line, readings };
  return { text: text + line.slice(cursor), readings };
}
