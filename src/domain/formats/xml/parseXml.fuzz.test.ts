import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fragment,
  fuzzRuns,
  maxHugeCallMs,
  mutatedText,
  timed,
} from '../../../../test/fuzz/mutate';
import { xmlSafe } from './escapeXml';
import { maxXmlCharacters, parseXml, type ParsedXml, type XmlProblem } from './parseXml';

const problemCodes: readonly XmlProblem['code'][] = ['notXml', 'entities', 'tooLarge'];

function expectWellFormed(result: ParsedXml): void {
  if (result.ok) {
    // A document that parsed has a root element to read from.
    expect(result.root.localName).not.toBe('');
    return;
  }
  expect(problemCodes).toContain(result.problem.code);
  if (result.problem.code === 'notXml') {
    const { line, column, detail } = result.problem;
    expect(typeof detail).toBe('string');
    for (const position of [line, column]) {
      if (position !== null) expect(Number.isInteger(position) && position >= 0).toBe(true);
    }
  }
}

const valid = `<?xml version="1.0" encoding="UTF-8"?>
<!-- a comment -->
<root xmlns="urn:x" xmlns:y="urn:y" xml:lang="zh-Hant">
  <y:item id="1" note="&amp; &lt;ok&gt; &#x7522;">產業互聯網<br/>text</y:item>
  <![CDATA[ <not> & markup ]]>
  <?processing instruction?>
  <empty></empty>
</root>
`;

/** Random tag soup: enough angle brackets and names that parsing gets somewhere. */
const markup = fc
  .array(
    fc.oneof(
      fragment,
      fc.constantFrom(
        '<a>',
        '</a>',
        '<b x="1">',
        '</b>',
        '<c/>',
        'text',
        ' a="',
        'xmlns:p="u"',
        '<p:d>',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('parseXml under fuzzing', () => {
  it('parses or rejects any string', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 300 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          markup,
        ),
        (text) => {
          expectWellFormed(timed(() => parseXml(text)));
        },
      ),
      { numRuns: fuzzRuns },
    );
  });

  it('parses or rejects any mutation of a valid document', () => {
    fc.assert(
      fc.property(mutatedText(valid), (text) => {
        expectWellFormed(timed(() => parseXml(text)));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('parses any text content once made safe and escaped', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const escaped = xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;');
        const result = timed(() => parseXml(`<a>${escaped}</a>`));
        expect(result.ok).toBe(true);
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('refuses more than its limit without parsing', () => {
    const huge = `<a>${' '.repeat(maxXmlCharacters)}</a>`;
    expect(huge.length).toBeGreaterThan(50 * 1024 * 1024);
    expect(timed(() => parseXml(huge))).toEqual({ ok: false, problem: { code: 'tooLarge' } });
  });

  it('parses a 1 MB line', () => {
    const result = timed(() => parseXml(`<a>${'產'.repeat(1024 * 1024)}</a>`), maxHugeCallMs);
    expect(result.ok && result.root.textContent.length).toBe(1024 * 1024);
  });

  it('parses or rejects 100,000 levels of nesting', () => {
    const deep = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    expectWellFormed(timed(() => parseXml(deep), maxHugeCallMs));
  });
});
