import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../../test/helpers/sampleDocument';
import { validateXliff } from '../../../../test/helpers/validateXliff';
import type { RichTextDoc, RichTextMark, RichTextParagraph } from '../../model/richText';
import { richTextToPlainText } from '../../model/richTextToPlainText';
import type { Segment, SegmentStatus } from '../../model/segment';
import type { ProjectDocument } from '../../project/projectDocument';
import { splitSentences } from '../../import/splitSentences';
import { parseXml, type XmlElement } from '../xml/parseXml';
import { readXliff, type XliffRead, type XliffUnit } from './readXliff';
import { codeKey } from '../../model/inlineCodeMatching';
import { xmlSafe } from '../xml/escapeXml';
import { writeXliff12 } from './writeXliff12';
import { writeXliff2, type XliffExportOptions } from './writeXliff2';

const options: XliffExportOptions = {
  srcLang: 'zh-Hant',
  convertSource: (text) => text,
  termsIn: () => [],
};

function units(read: XliffRead) {
  if (!read.ok) throw new Error(`rejected: ${JSON.stringify(read.problem)}`);
  return read.file.units;
}

describe('reading our own exports back', () => {
  for (const [version, write] of [
    ['2.0', writeXliff2],
    ['1.2', writeXliff12],
  ] as const) {
    it(`keeps ids, kinds, translations with formatting, notes, states and revisions (${version})`, () => {
      const document: ProjectDocument = {
        ...sampleDocument,
        segments: sampleDocument.segments.map((segment, index) => ({
          ...segment,
          updatedAt: 1_700_000_000_000 + index,
        })),
      };
      const read = readXliff(write(document, options));
      expect(read.ok && read.file.srcLang).toBe('zh-Hant');
      expect(units(read)).toEqual([
        {
          id: 's1',
          kind: 'heading',
          type: 'title',
          source: '產業互聯網',
          sourceCodes: [],
          translation: sampleDocument.segments[0]?.translation,
          translationText: 'Industrial internet & <economy>',
          notesText: 'Check “term” & co',
          status: 'translated',
          revision: 1_700_000_000_000,
          origin: { file: 0, unitId: 's1' },
        },
        expect.objectContaining({ id: 's2', status: 'draft', translationText: 'A draft' }),
        expect.objectContaining({ id: 's3', status: 'do-not-translate', translationText: '' }),
      ]);
    });
  }
});

// Text a translator or another tool can put in a field: markup, entities, emoji, CJK, bidi marks.
const awkwardLine = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 30 }).map((text) => text.replace(/[\r\n]/g, ' ')),
  fc.constantFrom(
    '& < > " \'',
    '<script>alert(1)</script>',
    ']]>',
    '😀👩‍👩‍👧',
    '產業互聯網',
    '\u202Eevil\u202C \u200F',
    '\u200B',
    '',
    // Two sentences each side, so some units are written as sentence-level segments.
    '數字經濟是高級階段。產業互聯網是關鍵！',
    'The economy grows. The internet is key!',
  ),
);
const markSets: fc.Arbitrary<RichTextMark[]> = fc
  .constantFrom<RichTextMark['type'][]>([], ['bold'], ['italic'], ['bold', 'italic'])
  .map((types) => types.map((type) => ({ type })));
const paragraph: fc.Arbitrary<RichTextParagraph> = fc
  .array(fc.tuple(awkwardLine, markSets), { maxLength: 3 })
  .map((runs) => {
    const content = runs
      .filter(([text]) => text !== '')
      .map(([text, marks]) =>
        marks.length ? { type: 'text' as const, text, marks } : { type: 'text' as const, text },
      );
    return content.length ? { type: 'paragraph', content } : { type: 'paragraph' };
  });
const richText: fc.Arbitrary<RichTextDoc> = fc
  .array(paragraph, { minLength: 1, maxLength: 3 })
  .map((content) => ({ type: 'doc', content }));

const [, sampleSegment] = sampleDocument.segments;
if (!sampleSegment) throw new Error('sample document has a second segment');

const segment = (index: number): fc.Arbitrary<Segment> =>
  fc
    .record({
      translation: richText,
      notesText: fc.array(awkwardLine, { maxLength: 2 }).map((lines) => lines.join('\n')),
      kind: fc.constantFrom('heading' as const, 'paragraph' as const),
      status: fc.constantFrom<SegmentStatus>('draft', 'translated', 'reviewed', 'do-not-translate'),
      source: awkwardLine.filter((text) => text.trim() !== ''),
    })
    .map(({ translation, notesText, kind, status, source }) => {
      const translationText = richTextToPlainText(translation);
      const translated = translationText.trim() !== '';
      return {
        ...sampleSegment,
        id: `u${index}`,
        order: index,
        kind,
        source,
        sentenceEnds: splitSentences(source),
        translation,
        translationText,
        notesText,
        // A status says something about a translation only where there is one.
        status: translated || status === 'do-not-translate' ? status : 'untranslated',
        updatedAt: 1_700_000_000_000 + index,
      };
    });

const project: fc.Arbitrary<ProjectDocument> = fc
  .integer({ min: 1, max: 6 })
  .chain((count) => fc.tuple(...Array.from({ length: count }, (_, index) => segment(index))))
  .map((segments) => ({ ...sampleDocument, segments, glossary: [] }));

describe('exports of random content (property)', () => {
  for (const [version, write] of [
    ['2.0', writeXliff2],
    ['1.2', writeXliff12],
  ] as const) {
    it(`are valid against the OASIS schemas (${version})`, async () => {
      await fc.assert(
        fc.asyncProperty(project, async (document) => {
          expect(await validateXliff(write(document, options), version)).toEqual([]);
        }),
        // Each validation runs the schema checker afresh, so fewer runs than the round trip.
        { numRuns: 30 },
      );
    }, 60_000);
  }
});

describe('export → import round trip (property)', () => {
  for (const [version, write] of [
    ['2.0', writeXliff2],
    ['1.2', writeXliff12],
  ] as const) {
    it(`returns the same translations, notes and states for any content (${version})`, () => {
      fc.assert(
        fc.property(project, (document) => {
          const read = units(readXliff(write(document, options)));
          expect(read.map((unit) => unit.id)).toEqual(document.segments.map((s) => s.id));
          read.forEach((unit, index) => {
            const original = document.segments[index];
            if (!original) throw new Error(`no segment ${index}`);
            const hasTranslation = original.translationText.trim() !== '';
            expect(unit.translationText).toBe(hasTranslation ? original.translationText : '');
            expect(unit.notesText).toBe(original.notesText.trim() ? original.notesText : '');
            expect(unit.status).toBe(original.status);
            expect(unit.kind).toBe(original.kind);
            expect(unit.source).toBe(original.source);
            expect(unit.revision).toBe(original.updatedAt);
          });
        }),
        { numRuns: 300 },
      );
    });
  }
});

describe('export with the source copied into empty targets → import (property)', () => {
  for (const [version, write] of [
    ['2.0', writeXliff2],
    ['1.2', writeXliff12],
  ] as const) {
    it(`reads the copies back as untranslated, everything else as written (${version})`, () => {
      fc.assert(
        fc.property(project, (document) => {
          const read = units(readXliff(write(document, { ...options, emptyTargets: 'source' })));
          read.forEach((unit, index) => {
            const original = document.segments[index];
            if (!original) throw new Error(`no segment ${index}`);
            const hasTranslation = original.translationText.trim() !== '';
            expect(unit.translationText).toBe(hasTranslation ? original.translationText : '');
            expect(unit.status).toBe(original.status);
          });
        }),
        { numRuns: 100 },
      );
    }, 20_000);
  }
});

describe('the Glossary module', () => {
  it('reads back the terms our export wrote, with targets, status and definition', () => {
    const read = readXliff(
      writeXliff2(sampleDocument, {
        ...options,
        termsIn: (source) =>
          sampleDocument.glossary.filter((entry) => source.includes(entry.source)),
      }),
    );
    expect(read.ok && read.file.glossary).toEqual(
      sampleDocument.glossary.map(({ source, targets, status, noteText }) => ({
        source,
        targets,
        status,
        partOfSpeech: null,
        noteText,
      })),
    );
  });
});

describe('files from other tools', () => {
  it('reads XLIFF 2 with several segments, groups, inherited translate="no" and inline codes', () => {
    const read = readXliff(`<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="zh-Hans" trgLang="en-GB">
  <file id="f" original="policy.docx">
    <group id="g" translate="no"><unit id="a"><segment><source>免责声明</source></segment></unit></group>
    <unit id="b">
      <segment state="final"><source>第一句。</source><target>First <pc id="1">plain</pc> <mrk id="m" type="term">term</mrk>.</target></segment>
      <ignorable><source> </source><target> </target></ignorable>
      <segment state="final"><source>第二<ph id="2"/>句。</source><target>Second<ph id="3" subType="xlf:lb"/>line.</target></segment>
    </unit>
  </file>
</xliff>`);
    expect(read.ok && [read.file.srcLang, read.file.trgLang, read.file.original]).toEqual([
      'zh-Hans',
      'en-GB',
      'policy.docx',
    ]);
    expect(units(read)).toEqual([
      expect.objectContaining({ id: 'a', status: 'do-not-translate', source: '免责声明' }),
      expect.objectContaining({
        id: 'b',
        status: 'reviewed',
        source: '第一句。 第二句。',
        translationText: 'First plain term. Second\nline.',
        revision: null,
      }),
    ]);
  });

  it('reads XLIFF 1.2 with native codes kept apart from the text and states mapped (approved="yes" with state="translated" is Translated, as translate-toolkit means it)', () => {
    const read = readXliff(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.html" source-language="zh-CN" target-language="en" datatype="html"><body>
    <trans-unit id="1" approved="yes"><source>你好</source><target state="translated">Hello <bpt id="1">&lt;b&gt;</bpt>world<ept id="1">&lt;/b&gt;</ept></target></trans-unit>
    <trans-unit id="2"><source>再见</source><target state="needs-translation"></target><note>ask</note><note>later</note></trans-unit>
  </body></file>
</xliff>`);
    expect(units(read)).toEqual([
      expect.objectContaining({ id: '1', status: 'translated', translationText: 'Hello world' }),
      expect.objectContaining({
        id: '2',
        status: 'untranslated',
        translationText: '',
        notesText: 'ask\nlater',
      }),
    ]);
  });

  it('keeps <sub> text inside the 1.2 native code it belongs to, and <cp> characters of XLIFF 2', () => {
    const v12 = readXliff(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="a.html" source-language="zh-CN" datatype="html"><body>
    <trans-unit id="1"><source>见<ph id="1">&lt;img alt="<sub>图一</sub>"&gt;</ph>。</source><target state="translated">See <ph id="1">&lt;img alt="<sub>Figure 1</sub>"&gt;</ph>.</target></trans-unit>
  </body></file></xliff>`);
    // The code is content of its own: its <sub> goes back inside it, exactly as it came.
    expect(units(v12)[0]).toMatchObject({
      source: '见。',
      sourceCodes: [
        {
          offset: 1,
          code: { kind: 'ph', id: '1', xml: '<ph id="1">&lt;img alt="<sub>图一</sub>"&gt;</ph>' },
        },
      ],
      translationText: 'See .',
    });
    const v2 =
      readXliff(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh">
  <file id="f"><unit id="u"><segment state="translated"><source>甲<cp hex="E9"/>乙<cp hex="1F600"/></source><target>A<cp hex="e9"/>B</target></segment></unit></file></xliff>`);
    expect(units(v2)[0]).toMatchObject({ source: '甲é乙😀', translationText: 'AéB' });
    // A character XML cannot carry stays a code, to be written back as <cp>.
    const control =
      readXliff(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh">
  <file id="f"><unit id="u"><segment><source>Ctrl+C=<cp hex="0003"/></source></segment></unit></file></xliff>`);
    expect(units(control)[0]).toMatchObject({
      source: 'Ctrl+C=',
      sourceCodes: [{ offset: 7, code: { kind: 'cp', label: 'U+0003', xml: '<cp hex="0003"/>' } }],
    });
  });

  it('keeps markup in imported text as text', () => {
    const read = readXliff(`<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="x" source-language="zh" datatype="plaintext"><body>
    <trans-unit id="x"><source>&lt;img src=x onerror=alert(1)&gt;</source><target><![CDATA[<script>alert(1)</script>]]></target></trans-unit>
  </body></file></xliff>`);
    expect(units(read)[0]).toMatchObject({
      source: '<img src=x onerror=alert(1)>',
      translationText: '<script>alert(1)</script>',
    });
  });
});

describe('bad input is refused with the reason, never half-read', () => {
  const v2 = (body: string, root = 'version="2.0" srcLang="zh"') =>
    `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" ${root}><file id="f">${body}</file></xliff>`;
  const unit = (id: string) => `<unit id="${id}"><segment><source>字</source></segment></unit>`;
  const cases: [string, string, Record<string, unknown>][] = [
    ['not XML', 'this is not xml', { code: 'notXml' }],
    ['an empty file', '', { code: 'notXml' }],
    ['broken XML', v2(unit('a')).slice(0, -5), { code: 'notXml' }],
    ['another XML vocabulary', '<html><body/></html>', { code: 'notXliff' }],
    [
      'the wrong namespace',
      '<xliff xmlns="urn:example" version="2.0" srcLang="zh"/>',
      { code: 'notXliff' },
    ],
    [
      'an unknown version',
      v2(unit('a'), 'version="3.0" srcLang="zh"'),
      { code: 'unsupportedVersion', version: '3.0' },
    ],
    ['no srcLang', v2(unit('a'), 'version="2.0"'), { code: 'missingSrcLang' }],
    ['duplicate ids', v2(unit('a') + unit('a')), { code: 'duplicateId', id: 'a' }],
    [
      'a unit with no source',
      v2('<unit id="a"><segment><target>x</target></segment></unit>'),
      { code: 'noSource', id: 'a' },
    ],
    [
      'a unit with no id',
      v2('<unit><segment><source>x</source></segment></unit>'),
      { code: 'missingId', position: 1 },
    ],
    ['no units', v2(''), { code: 'noUnits' }],
    [
      'entity declarations',
      `<!DOCTYPE x [<!ENTITY a "aaaa">]>${v2(unit('a'))}`,
      { code: 'entities' },
    ],
    ['a file over the size limit', ' '.repeat(50 * 1024 * 1024 + 1), { code: 'tooLarge' }],
  ];
  for (const [name, text, problem] of cases) {
    it(name, () => {
      const read = readXliff(text);
      expect(read.ok).toBe(false);
      expect(!read.ok && read.problem).toMatchObject(problem);
    });
  }
});

describe('the OASIS XLIFF 2.1 and 2.2 test suites', () => {
  const root = 'test/fixtures/xliff-testsuite';
  const files = (folder: string) =>
    readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.xlf'))
      .map(
        (name) => [`${folder}/${name}`, readFileSync(join(root, folder, name), 'utf8')] as const,
      );
  const valid = [
    ...files('2.1/core/valid'),
    ...files('2.2/core/valid'),
    ...files('2.2/modules/valid'),
  ];
  const invalid = [
    ...files('2.1/core/invalid'),
    ...files('2.2/core/invalid'),
    ...files('2.2/modules/invalid'),
  ];
  // Text content, with each <cp hex="…"/> as the character it stands for.
  const withCodePoints = (element: XmlElement): string =>
    element.children
      .map((child) =>
        child.kind === 'text'
          ? child.text
          : child.localName === 'cp'
            ? String.fromCodePoint(parseInt(child.getAttribute('hex') ?? '0', 16))
            : withCodePoints(child),
      )
      .join('');
  // Every character of every <source>, without whitespace (line-break codes become spaces).
  const sourceCharacters = (text: string) => {
    const parsed = parseXml(text);
    if (!parsed.ok) throw new Error('fixture is not XML');
    return parsed.root
      .descendants('*', 'unit')
      .flatMap((unit) =>
        unit
          .elements(unit.namespaceURI)
          .filter((part) => part.localName === 'segment' || part.localName === 'ignorable')
          .flatMap((part) => part.elements(unit.namespaceURI, 'source')),
      )
      .map(withCodePoints)
      .join('')
      .replace(/\s/g, '');
  };

  // The codes of every <source> in document order, as the reader keys them: our own formatting
  // (bold and italic <pc>, line-break <ph>) and annotations (<mrk>, <sm>, <em>) are not codes.
  const sourceCodeKeys = (text: string) => {
    const parsed = parseXml(text);
    if (!parsed.ok) throw new Error('fixture is not XML');
    const keys: string[] = [];
    const walk = (element: XmlElement) => {
      for (const child of element.elements()) {
        const id = child.getAttribute('id') ?? '';
        const name = child.localName;
        const ours =
          (name === 'pc' &&
            /^xlf:[bi]$/.test(child.getAttribute('subType') ?? '') &&
            !child.getAttribute('dataRefStart') &&
            !child.getAttribute('dataRefEnd')) ||
          (name === 'ph' && child.getAttribute('subType') === 'xlf:lb');
        if (ours) walk(child);
        else if (name === 'ph' || name === 'sc') keys.push(`${name}:${id}`);
        else if (name === 'ec') keys.push(`ec:${child.getAttribute('startRef') ?? id}`);
        else if (name === 'cp') {
          const char = String.fromCodePoint(parseInt(child.getAttribute('hex') ?? '0', 16));
          if (xmlSafe(char) !== char) keys.push(`cp:<cp hex="${child.getAttribute('hex')}"/>`);
        } else if (name === 'pc') {
          keys.push(`pc-open:${id}`);
          walk(child);
          keys.push(`pc-close:${id}`);
        } else walk(child);
      }
    };
    for (const unit of parsed.root.descendants('*', 'unit'))
      for (const part of unit.elements(unit.namespaceURI))
        if (part.localName === 'segment' || part.localName === 'ignorable')
          for (const source of part.elements(unit.namespaceURI, 'source')) walk(source);
    return keys;
  };

  it('has all 61 valid 2.2 documents', () => {
    expect(valid.filter(([name]) => name.startsWith('2.2')).length).toBe(61);
  });

  // Listed as valid in the 2.2 suite, but not well-formed XML: its `pgs:` prefix is never
  // declared and a stray <target> is opened between two segments and never closed.
  const malformed = '2.2/modules/valid/Good-pgs_plural.xlf';

  it('refuses the one "valid" 2.2 document that is not well-formed XML, saying where', () => {
    const text = valid.find(([name]) => name === malformed)?.[1] ?? '';
    expect(readXliff(text)).toMatchObject({ ok: false, problem: { code: 'notXml', line: 4 } });
  });

  it.each(valid.filter(([name]) => name !== malformed))(
    'reads the valid document %s with its text (or finds nothing to import)',
    (_, text) => {
      const read = readXliff(text);
      if (!read.ok) {
        expect(read.problem.code).toBe('noUnits');
        return;
      }
      expect(read.file.units.length).toBeGreaterThan(0);
      // Characters XML cannot carry are codes at their place in the text.
      const withCharacterCodes = (unit: XliffUnit) => {
        let text = unit.source;
        for (const { offset, code } of [...unit.sourceCodes].reverse())
          if (code.kind === 'cp')
            text = `${text.slice(0, offset)}${String.fromCodePoint(parseInt(/hex="(\w+)"/.exec(code.xml)?.[1] ?? '0', 16))}${text.slice(offset)}`;
        return text;
      };
      expect(read.file.units.map(withCharacterCodes).join('').replace(/\s/g, '')).toBe(
        sourceCharacters(text),
      );
      // Every inline code of every source is kept, in order, with its id.
      expect(
        read.file.units.flatMap((unit) => unit.sourceCodes.map(({ code }) => codeKey(code))),
      ).toEqual(sourceCodeKeys(text));
    },
  );

  it('never crashes on the invalid documents', () => {
    for (const [, text] of invalid) expect(() => readXliff(text)).not.toThrow();
  });

  it.each(['2.1', '2.2'])(
    'names the version as the file does (%s), for the import dialog',
    (version) => {
      const text = readFileSync(join(root, version, 'core/valid/toSegmentAndOrder.xlf'), 'utf8');
      const read = readXliff(text);
      expect(read.ok && read.file.version).toBe(/version="(2\.\d)"/.exec(text)?.[1]);
    },
  );

  it.each(['2.1', '2.2'])('assembles reordered targets in their order (%s)', (version) => {
    const read = readXliff(
      readFileSync(join(root, version, 'core/valid/toSegmentAndOrder.xlf'), 'utf8'),
    );
    expect(read.ok && read.file.units[0]?.translationText).toBe(
      'Phrase 3-t1. Phrase 4-t2. Phrase 7-t3. Phrase 8-t4.  Phrase 1-t7. Phrase 2-t8.',
    );
    // Segment s3 has no target: the unit is a draft, however final the others are.
    expect(read.ok && read.file.units[0]?.status).toBe('draft');
  });
});

describe('review fixes', () => {
  it('keeps units of several XLIFF 1.2 files apart by their original', () => {
    const file = (original: string) =>
      `<file original="${original}" source-language="zh" datatype="plaintext"><body><trans-unit id="1"><source>字</source></trans-unit></body></file>`;
    const read = readXliff(
      `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">${file('a.txt')}${file('b.txt')}</xliff>`,
    );
    expect(read.ok && read.file.units.map((unit) => unit.id)).toEqual(['a.txt/1', 'b.txt/1']);
  });

  it('does not trust our subState where another tool filled the target', () => {
    const read =
      readXliff(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh">
  <file id="f"><unit id="a"><segment state="initial" subState="bw:untranslated"><source>字</source><target>Word</target></segment></unit></file></xliff>`);
    expect(read.ok && read.file.units[0]?.status).toBe('draft');
  });

  it('leaves another tool’s id that merely looks escaped as it is', () => {
    const read =
      readXliff(`<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh">
  <file id="f"><unit id="a_x0041_"><segment><source>字</source></segment></unit></file></xliff>`);
    expect(read.ok && read.file.units[0]?.id).toBe('a_x0041_');
  });
});
