import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentFromXliff } from '../../src/domain/exchange/documentFromXliff';
import {
  readProjectFile,
  writeProjectFile,
} from '../../src/domain/formats/projectFile/projectFile';
import { readXliff, type XliffUnit } from '../../src/domain/formats/xliff/readXliff';
import { writeXliff12 } from '../../src/domain/formats/xliff/writeXliff12';
import { writeXliff2 } from '../../src/domain/formats/xliff/writeXliff2';
import { decodeXmlBytes } from '../../src/domain/formats/xml/decodeXml';
import { parseXml } from '../../src/domain/formats/xml/parseXml';
import type { ProjectDocument } from '../../src/domain/project/projectDocument';

const root = 'test/fixtures/foreign';
const read = (path: string) => {
  const decoded = decodeXmlBytes(new Uint8Array(readFileSync(join(root, path))));
  if (!decoded.ok) throw new Error(JSON.stringify(decoded.problem));
  const result = readXliff(decoded.text);
  if (!result.ok) throw new Error(JSON.stringify(result.problem));
  return { text: decoded.text, file: result.file };
};
const summary = (units: XliffUnit[]) =>
  units.map((unit) => [unit.id, unit.status, unit.source, unit.translationText]);

const multiFile12 = [
  ['chapter1.html/1', 'translated', '产业互联网', 'Industrial internet'],
  ['chapter1.html/2', 'untranslated', '数字经济是发展的高级阶段。', ''],
  ['chapter2.html/1', 'reviewed', '新基建', 'New infrastructure'],
  ['chapter2.html/2', 'draft', '加快推进。', 'Speed up.'],
];
const multiFile2 = [
  ['ch1/u1', 'translated', '产业互联网', 'Industrial internet'],
  ['ch1/u2', 'untranslated', '数字经济是发展的高级阶段。', ''],
  ['ch2/u1', 'reviewed', '新基建', 'New infrastructure'],
  // One final segment and one without a target: a draft, never Reviewed.
  ['ch2/u2', 'draft', '加快推进。 再见。', 'Speed up. '],
];

describe('XLIFF from other tools (fixtures)', () => {
  it.each([
    ['xliff/multi-file.xliff12.xlf', multiFile12],
    ['xliff/utf16le-bom.xliff12.xlf', multiFile12],
    ['xliff/multi-file.xliff2.xlf', multiFile2],
    ['xliff/utf16be-nobom.xliff2.xlf', multiFile2],
    [
      'xliff/cdata-space-entities.xliff12.xlf',
      [
        [
          'cdata',
          'translated',
          '<b>产业</b> & <!ENTITY x "y">',
          '<b>Industry</b> & <!ENTITY x "y">',
        ],
        ['space', 'translated', '数字  经济', 'Digital  economy'],
        ['entities', 'translated', '产业 <&> "\'', 'Industry <&> "\''],
      ],
    ],
    [
      // translate-toolkit 3.8 po2xliff: XLIFF 1.1, approved="yes" on every finished unit.
      'translate-toolkit/po2xliff-3.8.xlf',
      [
        [
          '2',
          'translated',
          'Content-Type: text/plain; charset=UTF-8 Language: en ',
          'Content-Type: text/plain; charset=UTF-8\nLanguage: en\n',
        ],
        ['3', 'translated', '產業互聯網', 'Industrial internet'],
        [
          '4',
          'translated',
          '數字經濟是發展的高級階段。',
          'The digital economy is an advanced stage of development.',
        ],
        ['5', 'draft', '加快推進。', 'Speed up.'],
        ['6', 'untranslated', '新基建', ''],
      ],
    ],
  ])('reads %s', (path, expected) => {
    expect(summary(read(path).file.units)).toEqual(expected);
  });

  it('reads OmegaT 3.6 output of our export: its translations on our ids, the copies untranslated', () => {
    const { file } = read('omegat/omegat-3.6-target.xlf');
    expect(file.units).toHaveLength(40);
    expect(
      summary(file.units.slice(0, 3)).map(([id, status, , text]) => [id, status, text]),
    ).toEqual([
      ['s4gy3gxqasf', 'draft', 'EN 0'],
      ['s73ad3r3lr7', 'draft', 'EN 1'],
      ['s1cp873k2qgc', 'untranslated', ''],
    ]);
    expect(file.units.filter((unit) => unit.status === 'untranslated')).toHaveLength(38);
  });
});

/** Each <file> (its original, and id in XLIFF 2) with the ids of its units, as written. */
function structure(xml: string) {
  const parsed = parseXml(xml);
  if (!parsed.ok) throw new Error('not XML');
  return parsed.root.descendants('*', 'file').map((file) => ({
    id: file.getAttribute('id'),
    original: file.getAttribute('original'),
    units: [...file.descendants('*', 'unit'), ...file.descendants('*', 'trans-unit')].map((unit) =>
      unit.getAttribute('id'),
    ),
  }));
}

describe('a multi-file document goes back as it came', () => {
  const options = { srcLang: 'zh-CN', convertSource: (text: string) => text, termsIn: () => [] };
  it.each([
    ['xliff/multi-file.xliff12.xlf', writeXliff12],
    ['xliff/multi-file.xliff2.xlf', writeXliff2],
  ] as const)('%s: same files, same unit ids, through the project file', (path, write) => {
    const { text, file } = read(path);
    const document = documentFromXliff(file, { fileName: 'in.xlf', now: 1 });
    const saved = readProjectFile(writeProjectFile(document));
    if (!saved.ok) throw new Error(JSON.stringify(saved.problem));
    const exported = write(saved.document, options);
    expect(structure(exported)).toEqual(structure(text));
    // And the export merges back onto the same segments.
    const again = readXliff(exported);
    expect(again.ok && again.file.units.map((unit) => unit.id)).toEqual(
      document.segments.map((segment) => segment.id),
    );
  });

  it('keeps segments apart when a 1.2 multi-file project is exported as XLIFF 2', () => {
    const document = documentFromXliff(read('xliff/multi-file.xliff12.xlf').file, {
      fileName: 'in.xlf',
      now: 1,
    });
    const again = readXliff(writeXliff2(document, options));
    expect(again.ok && again.file.units.map((unit) => unit.id)).toEqual(
      document.segments.map((segment) => segment.id),
    );
  });
});

describe('the project file keeps where imported segments came from', () => {
  const document = documentFromXliff(read('xliff/multi-file.xliff2.xlf').file, {
    fileName: 'in.xlf',
    now: 1,
  });
  it('reads a file without the new fields as before', () => {
    const old: ProjectDocument = {
      ...document,
      project: { ...document.project, originalFiles: undefined },
      segments: document.segments.map(({ origin: _origin, ...segment }) => segment),
    };
    const saved = readProjectFile(writeProjectFile(old));
    expect(saved.ok && saved.document.project.originalFiles).toBeUndefined();
  });

  it.each([
    ['an origin pointing at no file', { file: 5, unitId: 'u1' }, 'segments[0].origin.file'],
    ['an origin without its id', { file: 0 }, 'segments[0].origin.unitId'],
  ])('refuses %s', (_, origin, path) => {
    const [first, ...rest] = document.segments;
    if (!first) throw new Error('no segment');
    const text = writeProjectFile({
      ...document,
      segments: [{ ...first, origin } as never, ...rest],
    });
    expect(readProjectFile(text)).toEqual({ ok: false, problem: { code: 'invalid', path } });
  });
});
