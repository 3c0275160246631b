import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateXliff } from '../../../../test/helpers/validateXliff';
import { documentFromXliff } from '../../exchange/documentFromXliff';
import { codeKey } from '../../model/inlineCodeMatching';
import type { RichTextDoc } from '../../model/richText';
import { paragraphToHtml } from '../publication/richTextToHtml';
import { readXliff, type XliffFile, type XliffUnit } from './readXliff';
import { writeXliff12 } from './writeXliff12';
import { writeXliff2, type XliffExportOptions } from './writeXliff2';

const options: XliffExportOptions = {
  srcLang: 'zh-Hant',
  convertSource: (text) => text,
  termsIn: () => [],
};
const fixture = (name: string) => readFileSync(`test/fixtures/foreign/xliff/${name}`, 'utf8');

function read(text: string): XliffFile {
  const result = readXliff(text);
  if (!result.ok) throw new Error(`rejected: ${JSON.stringify(result.problem)}`);
  return result.file;
}

const exported = (file: XliffFile, version: '2.0' | '1.2') => {
  const document = documentFromXliff(file, { fileName: 'page.xlf', now: 1 });
  return version === '2.0' ? writeXliff2(document, options) : writeXliff12(document, options);
};

/** What a unit says about codes: source text and codes, translation with its code atoms. */
const codesOfUnit = (unit: XliffUnit) => ({
  source: unit.source,
  sourceCodes: unit.sourceCodes,
  translation: unit.translation,
});

const fixtures = [
  [
    'inline-codes.xliff2.xlf',
    '2.0',
    [
      '<data id="d1">&lt;a href="x.html"&gt;</data>',
      '<data id="d2">&lt;/a&gt;</data>',
      '<data id="d3">{0}</data>',
      '<source>點擊<pc id="1" dataRefStart="d1" dataRefEnd="d2">這裏</pc>，<ph id="2" dataRef="d3" disp="{0}"/>項</source>',
      '<target>Click <pc id="1" dataRefStart="d1" dataRefEnd="d2">here</pc>, <ph id="2" dataRef="d3" disp="{0}"/> items</target>',
      // A character XML cannot carry goes back as <cp>; one it can is plain text.
      '<source><sc id="1" type="fmt" subType="xlf:u" canCopy="no"/>下劃線<ec startRef="1" canCopy="no"/>和控制字符<cp hex="0001"/>中</source>',
      '<target><sc id="1" type="fmt" subType="xlf:u" canCopy="no"/>Underlined<ec startRef="1" canCopy="no"/> and a control character<cp hex="0001"/></target>',
      '<source>共<ph id="1" equiv="{count}" disp="{count}"/>項</source>',
    ],
  ],
  [
    'inline-codes.okapi.xliff12.xlf',
    '1.2',
    [
      '<source>點擊<bpt id="1" ctype="link">&lt;a href="x.html" title="<sub>說明</sub>"&gt;</bpt>這裏<ept id="1">&lt;/a&gt;</ept>，<ph id="2" ctype="x-param" equiv-text="{0}">{0}</ph>項<x id="3" ctype="image"/></source>',
      '>Click <bpt id="1" ctype="link">&lt;a href="x.html" title="<sub>Help</sub>"&gt;</bpt>here<ept id="1">&lt;/a&gt;</ept>, <ph id="2" ctype="x-param" equiv-text="{0}">{0}</ph> items<x id="3" ctype="image"/></target>',
      '<source><g id="1" ctype="x-html-u">下劃線</g><bx id="2" rid="7"/>開始<ex id="3" rid="7"/><it id="4" pos="open">&lt;span class="k"&gt;</it>孤立</source>',
      '><g id="1" ctype="x-html-u">Underlined</g><bx id="2" rid="7"/>start<ex id="3" rid="7"/><it id="4" pos="open">&lt;span class="k"&gt;</it>isolated</target>',
    ],
  ],
  [
    'inline-codes.omegat.xliff12.xlf',
    '1.2',
    [
      '<source>已选择<ph id="0">{0}</ph>个文件，共<ph id="1">{1}</ph>个</source>',
      '><ph id="0">{0}</ph> of <ph id="1">{1}</ph> files selected</target>',
    ],
  ],
] as const;

describe('inline codes of other tools, round trip', () => {
  it.each(fixtures)(
    '%s comes back with every code, id and original data byte for byte (XLIFF %s)',
    async (name, version, expected) => {
      const first = read(fixture(name));
      const xml = exported(first, version);
      for (const piece of expected) expect(xml).toContain(piece);
      expect(await validateXliff(xml, version)).toEqual([]);
      // Read again, the same codes in the same places.
      expect(read(xml).units.map(codesOfUnit)).toEqual(first.units.map(codesOfUnit));
    },
  );

  it('keeps our own ids for bold and italic clear of the codes’ ids', () => {
    const file = read(fixture('inline-codes.omegat.xliff12.xlf'));
    const unit = file.units[0];
    if (!unit) throw new Error('no unit');
    const paragraph = unit.translation.content[0];
    paragraph?.content?.push({ type: 'text', text: ' now', marks: [{ type: 'bold' }] });
    const xml = exported({ ...file, units: [{ ...unit, translationText: 'x' }] }, '1.2');
    // Ids 0 and 1 are the placeholders': bold takes the first free one.
    expect(xml).toContain('<g id="2" ctype="bold"> now</g>');
  });

  it.each([
    // 1.2 → 2.0: the nearest XLIFF 2 element, same id, the native code as what the tag shows.
    [
      'inline-codes.okapi.xliff12.xlf',
      '2.0',
      ['<pc id="1">', '</pc>', '<sc id="7" disp="⟨7⟩"/>', '<ec startRef="7" disp="⟨/7⟩"/>'],
    ],
    // 2.0 → 1.2: ph, pc, sc/ec as ph (with the native code), g, bx/ex.
    [
      'inline-codes.xliff2.xlf',
      '1.2',
      [
        '<g id="1">這裏</g>',
        '<ph id="2">{0}</ph>',
        '<bx id="1"/>下劃線<ex id="1"/>',
        '<x id="1" equiv-text="{count}"/>',
      ],
    ],
  ] as const)('writes %s as valid XLIFF %s, codes translated', async (name, version, expected) => {
    const xml = exported(read(fixture(name)), version);
    for (const piece of expected) expect(xml).toContain(piece);
    expect(await validateXliff(xml, version)).toEqual([]);
  });
});

describe('reading inline codes', () => {
  it('shows each code as a short tag, by kind and id', () => {
    const units = [
      ...read(fixture('inline-codes.xliff2.xlf')).units,
      ...read(fixture('inline-codes.okapi.xliff12.xlf')).units,
    ];
    expect(
      units.map((unit) =>
        unit.sourceCodes.map(({ offset, code }) => [offset, codeKey(code), code.label]),
      ),
    ).toEqual([
      [
        [2, 'pc-open:1', '<a>'],
        [4, 'pc-close:1', '</a>'],
        [5, 'ph:2', '{0}'],
      ],
      [
        [0, 'sc:1', '⟨1⟩'],
        [3, 'ec:1', '⟨/1⟩'],
        [8, 'cp:<cp hex="0001"/>', 'U+0001'],
      ],
      [[1, 'ph:1', '{count}']],
      [
        [2, 'bpt:1', '<a>'],
        [4, 'ept:1', '</a>'],
        [5, 'ph:2', '{0}'],
        [6, 'x:3', '⟨3/⟩'],
      ],
      [
        [0, 'g-open:1', '⟨1⟩'],
        [3, 'g-close:1', '⟨/1⟩'],
        [3, 'bx:7', '⟨7⟩'],
        [5, 'ex:7', '⟨/7⟩'],
        [5, 'it:4', '<span>'],
      ],
    ]);
  });

  it('leaves the codes out of the plain text (translationText, QA, memory, find)', () => {
    const [unit] = read(fixture('inline-codes.xliff2.xlf')).units;
    expect(unit?.source).toBe('點擊這裏，項');
    expect(unit?.translationText).toBe('Click here,  items');
  });

  it('publishes a code as its equivalent text or as nothing, never as markup', () => {
    const units = read(fixture('inline-codes.okapi.xliff12.xlf')).units;
    const html = (doc: RichTextDoc | undefined) =>
      (doc?.content ?? []).map((paragraph) => paragraphToHtml(paragraph)).join('');
    expect(html(units[0]?.translation)).toBe('Click here, {0} items');
    expect(html(units[1]?.translation)).toBe('Underlinedstartisolated');
  });
});
