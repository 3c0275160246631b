import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../../test/helpers/sampleDocument';
import { validateXliff } from '../../../../test/helpers/validateXliff';
import { readXliff } from './readXliff';
import { fromUnitId, toUnitId } from './unitId';
import { writeXliff2 } from './writeXliff2';

describe('XLIFF 2 unit ids', () => {
  it('leave NMTOKEN ids alone and escape the rest reversibly', () => {
    expect(toUnitId('s4gy3gxqasf')).toBe('s4gy3gxqasf');
    expect(toUnitId('產業-1.2:a_b')).toBe('產業-1.2:a_b');
    expect(toUnitId('intro text/1')).toBe('intro_x0020_text_x002F_1');
    expect(toUnitId('a_x0041_')).toBe('a_x005F_x0041_');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (id) => {
        expect(fromUnitId(toUnitId(id))).toBe(id);
      }),
      { numRuns: 1000 },
    );
  });

  it('keep an export valid and map back onto the same ids', async () => {
    const ids = ['intro text', 'f1/u1', '1', 'a&b<c>', '😀'];
    const [, base] = sampleDocument.segments;
    if (!base) throw new Error('sample has a second segment');
    const document = {
      ...sampleDocument,
      segments: ids.map((id, order) => ({ ...base, id, order })),
      glossary: [],
    };
    const xml = writeXliff2(document, {
      srcLang: 'zh-Hant',
      convertSource: (text) => text,
      termsIn: () => [],
    });
    expect(await validateXliff(xml, '2.0')).toEqual([]);
    const read = readXliff(xml);
    expect(read.ok && read.file.units.map((unit) => unit.id)).toEqual(ids);
  });
});
