import { describe, expect, it } from 'vitest';
import type { RichTextDoc, RichTextInline, RichTextMark } from '../model/richText';
import { richTextToPlainText } from '../model/richTextToPlainText';
import { compileFind, defaultFindOptions, type FindOptions } from './findPattern';
import { expandReplacement, replaceInRichText } from './replaceInRichText';

const bold: RichTextMark[] = [{ type: 'bold' }];
const italic: RichTextMark[] = [{ type: 'italic' }];

function doc(...paragraphs: RichTextInline[][]): RichTextDoc {
  return {
    type: 'doc',
    content: paragraphs.map((content) =>
      content.length > 0 ? { type: 'paragraph', content } : { type: 'paragraph' },
    ),
  };
}
const text = (value: string, marks?: RichTextMark[]): RichTextInline =>
  marks ? { type: 'text', text: value, marks } : { type: 'text', text: value };

function replaced(
  input: RichTextDoc,
  query: string,
  replacement: string,
  set: Partial<FindOptions> = {},
) {
  const pattern = compileFind(query, { ...defaultFindOptions, ...set });
  if (!pattern.ok) throw new Error('not compiled');
  const plain = richTextToPlainText(input);
  return replaceInRichText(input, pattern.find(plain), (match) =>
    set.regularExpression
      ? expandReplacement(replacement, match, plain.slice(match.start, match.end))
      : replacement,
  );
}

const note: RichTextInline = {
  type: 'footnote',
  attrs: { note: doc([text('the annual plenary sessions')]) },
};

describe('replacing inside rich text', () => {
  it.each([
    [
      "keeps a translator's note in place and finds the text after it",
      doc([text('the Two Sessions'), note, text(' opened')]),
      'opened',
      'began',
      doc([text('the Two Sessions'), note, text(' began')]),
    ],
    [
      "matches across a translator's note as the reader reads the sentence",
      doc([text('Two '), note, text('Sessions')]),
      'Two Sessions',
      'two sessions',
      doc([text('two sessions'), note]),
    ],
    [
      'keeps bold around the replaced word',
      doc([text('The '), text('Internet', bold), text(' grows.')]),
      'Internet',
      'internet',
      doc([text('The '), text('internet', bold), text(' grows.')]),
    ],
    [
      'keeps marks of the text before and after a match inside a node',
      doc([text('an Internet economy', italic)]),
      'Internet',
      'internet',
      doc([text('an internet economy', italic)]),
    ],
    [
      'gives a match spanning marks the marks of its first character',
      doc([text('indus', bold), text('trial internet')]),
      'industrial',
      'Industrial',
      doc([text('Industrial', bold), text(' internet')]),
    ],
    [
      'replaces in every paragraph and around hard breaks',
      doc(
        [text('Internet'), { type: 'hardBreak' }, text('the Internet')],
        [text('Internet', bold)],
      ),
      'Internet',
      'web',
      doc([text('web'), { type: 'hardBreak' }, text('the web')], [text('web', bold)]),
    ],
    [
      'deletes with an empty replacement, leaving an empty paragraph valid',
      doc([text('Internet', bold)], [text('rest')]),
      'Internet',
      '',
      doc([], [text('rest')]),
    ],
    [
      'merges neighbours that end with the same marks',
      doc([text('big ', bold), text('data'), text(' lake', bold)]),
      'data',
      'DATA',
      doc([text('big ', bold), text('DATA'), text(' lake', bold)]),
    ],
    [
      'leaves text without a match untouched',
      doc([text('cloud', bold)]),
      'Internet',
      'web',
      doc([text('cloud', bold)]),
    ],
  ])('%s', (_name, input, query, replacement, expected) => {
    expect(replaced(input, query, replacement)).toEqual(expected);
  });

  it('expands $1 and named groups in a regular-expression replacement', () => {
    const input = doc([text('In 2020 and '), text('2021', bold)]);
    expect(replaced(input, '(\\d{2})(\\d{2})', '$2/$1', { regularExpression: true })).toEqual(
      doc([text('In 20/20 and '), text('21/20', bold)]),
    );
    expect(
      replaced(input, '(?<year>\\d{4})', '[$<year>] $$ $&', { regularExpression: true }),
    ).toEqual(doc([text('In [2020] $ 2020 and '), text('[2021] $ 2021', bold)]));
  });

  it('takes $1 literally when Regular expression is off', () => {
    expect(replaced(doc([text('cost')]), 'cost', '$1 price')).toEqual(doc([text('$1 price')]));
  });
});
