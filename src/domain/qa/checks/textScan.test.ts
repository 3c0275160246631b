import { describe, expect, it } from 'vitest';
import { allMatches, isWhitespace } from './textScan';

describe('allMatches', () => {
  it.each([
    [/[.!?…]+["'”’)\]]*(?=\s|$)/g, 'One. Two! “Three?” Four…'],
    [/(\d{4})-(\d{1,2})-(\d{1,2})/g, 'From 2018-09-30 to 2020-1-2.'],
    [/\p{Script=Han}+/gu, 'The 數字 economy 𠀀 and 經濟'],
    [/ {2,}/g, 'no double spaces'],
    // Empty matches move on one character, or one code point with u, as matchAll does.
    [/x*/g, 'axxb'],
    [/(?:)/gu, 'a𠀀b'],
    [/(?:)/g, 'a𠀀b'],
  ])('finds what matchAll finds: %s in %j', (pattern, text) => {
    const expected = [...text.matchAll(pattern)].map((match) => [match.index, ...match]);
    expect(allMatches(pattern, text).map((match) => [match.index, ...match])).toEqual(expected);
    // And again: the pattern's lastIndex is left at 0.
    expect(allMatches(pattern, text)).toHaveLength(expected.length);
  });
});

describe('isWhitespace', () => {
  it('is true of exactly the characters \\s matches', () => {
    const differ: number[] = [];
    for (let code = 0; code < 0x10000; code += 1)
      if (isWhitespace(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});
