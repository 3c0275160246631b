import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fragment, fuzzRuns, mutatedText, timed } from '../../../../test/fuzz/mutate';
import { sampleDocument } from '../../../../test/helpers/sampleDocument';
import { segmentStatuses } from '../../model/segment';
import { readXliff, type XliffProblem, type XliffRead } from './readXliff';
import { writeXliff12 } from './writeXliff12';
import { writeXliff2 } from './writeXliff2';

const problemCodes: readonly XliffProblem['code'][] = [
  'notXml',
  'entities',
  'tooLarge',
  'notXliff',
  'unsupportedVersion',
  'missingSrcLang',
  'missingId',
  'duplicateId',
  'noSource',
  'noUnits',
];

/** Either every unit, well-formed and with a unique id, or a known problem. */
function expectReadOrRefused(read: XliffRead): void {
  if (!read.ok) {
    expect(problemCodes).toContain(read.problem.code);
    return;
  }
  const { units } = read.file;
  expect(units.length).toBeGreaterThan(0);
  expect(new Set(units.map((unit) => unit.id)).size).toBe(units.length);
  for (const unit of units) {
    expect(unit.id.trim()).not.toBe('');
    expect(segmentStatuses).toContain(unit.status);
    expect(unit.translation.type).toBe('doc');
    expect(typeof unit.source).toBe('string');
  }
}

const options = {
  srcLang: 'zh-Hant',
  convertSource: (text: string) => text,
  termsIn: (source: string) =>
    sampleDocument.glossary.filter((entry) => source.includes(entry.source)),
};
const samples = [writeXliff2(sampleDocument, options), writeXliff12(sampleDocument, options)];

/** Random markup in the XLIFF vocabulary, in random order. */
const xliffish = fc
  .array(
    fc.oneof(
      fragment,
      fc.constantFrom(
        '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh">',
        '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">',
        '</xliff>',
        '<file id="f">',
        '<file source-language="zh">',
        '</file>',
        '<unit id="a">',
        '<trans-unit id="a">',
        '</unit>',
        '</trans-unit>',
        '<segment>',
        '</segment>',
        '<source>字</source>',
        '<target>x</target>',
        '<pc id="1" subType="xlf:b">',
        '</pc>',
        '<g id="1" ctype="bold">',
        '</g>',
        '<ph id="2" subType="xlf:lb"/>',
        '<notes><note>n</note></notes>',
      ),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(''));

describe('readXliff under fuzzing', () => {
  it('reads or refuses random text and random XLIFF-like markup', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'grapheme' }), xliffish), (text) => {
        expectReadOrRefused(timed(() => readXliff(text)));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it.each(samples.map((sample, index) => [index === 0 ? '2.0' : '1.2', sample]))(
    'reads or refuses mutations of a valid XLIFF %s export',
    (_version, sample) => {
      fc.assert(
        fc.property(mutatedText(sample), (text) => {
          expectReadOrRefused(timed(() => readXliff(text)));
        }),
        { numRuns: fuzzRuns },
      );
    },
  );
});
