import { describe, expect, it } from 'vitest';
import { splitSentences } from './splitSentences';

const sentences = (text: string) => {
  const parts: string[] = [];
  let start = 0;
  for (const end of splitSentences(text)) {
    parts.push(text.slice(start, end));
    start = end;
  }
  return parts;
};

describe('splitSentences', () => {
  it.each([
    ['一句。兩句！三句？', ['一句。', '兩句！', '三句？']],
    ['What? Yes! Fine', ['What? ', 'Yes! ', 'Fine']],
    ['他說：“走吧。我們走。”然後走了。', ['他說：“走吧。我們走。”', '然後走了。']],
    ['「好嗎？」她問。', ['「好嗎？」', '她問。']],
    ['真的？！是的。', ['真的？！', '是的。']],
    ['沒有句號', ['沒有句號']],
    ['He said "stop! now" and left.', ['He said "stop! now" and left.']],
    ['建議指出,作為產物。是重要載體。', ['建議指出,作為產物。', '是重要載體。']],
    // A straight quote after 。 may open the next quotation, not close one.
    ['他說。"好"。然後走了。再見。', ['他說。', '"好"。', '然後走了。', '再見。']],
    ['A。"B"C。D。', ['A。', '"B"C。', 'D。']],
  ])('splits %j', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });

  it('returns nothing for empty text and always ends at the text length', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('一。二').at(-1)).toBe(3);
  });
});
