import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../../test/helpers/sampleDocument';
import { validateXliff } from '../../../../test/helpers/validateXliff';
import type { RichTextDoc } from '../../model/richText';
import { richTextToPlainText } from '../../model/richTextToPlainText';
import type { Segment } from '../../model/segment';
import { readXliff } from './readXliff';
import { alignedSentences, splitEnglishSentences } from './sentenceAlignment';
import { writeXliff2 } from './writeXliff2';

const sentences = (text: string) => {
  let start = 0;
  return splitEnglishSentences(text).map((end) => text.slice(start, (start = end)));
};

describe('English sentence ends', () => {
  it('split after . ! ? before a capital, keeping the spaces with the sentence', () => {
    expect(sentences('It grows. Does it? “Yes!” 2020 was key.')).toEqual([
      'It grows. ',
      'Does it? ',
      '“Yes!” ',
      '2020 was key.',
    ]);
  });

  it('do not split after abbreviations, decimals or lower-case continuations', () => {
    expect(sentences('Mr. Ma met Dr. Li in the U.S. on 3.5 days. e.g. this one.')).toEqual([
      'Mr. Ma met Dr. Li in the U.S. on 3.5 days. e.g. this one.',
    ]);
  });
});

const [, base] = sampleDocument.segments;
if (!base) throw new Error('sample has a second segment');
const bold = (text: string) => ({
  type: 'text' as const,
  text,
  marks: [{ type: 'bold' as const }],
});
const doc = (...content: RichTextDoc['content'][number]['content'] & object[]): RichTextDoc => ({
  type: 'doc',
  content: [{ type: 'paragraph', content }],
});
const twoSentences = (translation: RichTextDoc): Segment => ({
  ...base,
  id: 'two',
  source: '數字經濟是高級階段。產業互聯網是關鍵！',
  sentenceEnds: [10, 19],
  translation,
  translationText: richTextToPlainText(translation),
  status: 'translated',
});

describe('sentence-level XLIFF segments', () => {
  const aligned = twoSentences(
    doc({ type: 'text', text: 'The digital economy is ' }, bold('advanced. The'), {
      type: 'text',
      text: ' industrial internet is key!',
    }),
  );

  it('pair source and English sentences, formatting split with them', () => {
    expect(alignedSentences(aligned)).toEqual([
      {
        source: '數字經濟是高級階段。',
        target: doc({ type: 'text', text: 'The digital economy is ' }, bold('advanced. ')),
      },
      {
        source: '產業互聯網是關鍵！',
        target: doc(bold('The'), { type: 'text', text: ' industrial internet is key!' }),
      },
    ]);
  });

  it('are left as one segment where the English has another number of sentences', () => {
    expect(alignedSentences(twoSentences(doc({ type: 'text', text: 'All in one.' })))).toBeNull();
  });

  it('export as valid XLIFF with unit-wide unique ids, and read back to the same text', async () => {
    const document = { ...sampleDocument, segments: [aligned], glossary: [] };
    const xml = writeXliff2(document, {
      srcLang: 'zh-Hant',
      convertSource: (text) => text,
      termsIn: () => [],
    });
    expect(xml.match(/<segment id="s\d"/g)).toEqual(['<segment id="s1"', '<segment id="s2"']);
    expect(xml.match(/<pc id="(\d+)"/g)).toEqual(['<pc id="1"', '<pc id="2"']);
    expect(await validateXliff(xml, '2.0')).toEqual([]);
    const read = readXliff(xml);
    expect(read.ok && read.file.units[0]).toMatchObject({
      source: aligned.source,
      translationText: aligned.translationText,
      translation: aligned.translation,
      status: 'translated',
    });
  });

  it('keep the space between sentences in an <ignorable>, so trimming tools do not glue them', async () => {
    const plain = twoSentences(
      doc({ type: 'text', text: 'The economy grows. The internet is key!' }),
    );
    const xml = writeXliff2(
      { ...sampleDocument, segments: [plain], glossary: [] },
      { srcLang: 'zh-Hant', convertSource: (text) => text, termsIn: () => [] },
    );
    expect(xml).toContain('<target>The economy grows.</target>');
    expect(xml).toContain('<target xml:space="preserve"> </target>');
    expect(await validateXliff(xml, '2.0')).toEqual([]);
    // Another tool trims what is inside each segment's target: the sentences stay apart.
    const trimmed = xml.replace(/<target>\s*([^<]*?)\s*<\/target>/g, '<target>$1</target>');
    const read = readXliff(trimmed);
    expect(read.ok && read.file.units[0]?.translationText).toBe(plain.translationText);
  });
});
