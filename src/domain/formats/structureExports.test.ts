import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import en from '../../../locales/en/translation.json';
import { structuredDocument } from '../../../test/helpers/structuredDocument';
import { sampleDocument } from '../../../test/helpers/sampleDocument';
import { validateXliff } from '../../../test/helpers/validateXliff';
import { documentFromXliff } from '../exchange/documentFromXliff';
import { makeCharFold } from '../glossary/charFold';
import { TermMatcher } from '../glossary/TermMatcher';
import type { SegmentType } from '../model/segment';
import type { ProjectDocument } from '../project/projectDocument';
import { loadScriptConverter } from '../script/convertScript';
import { readWalEntry } from './writeAheadLog/walEntry';
import { catalogTranslate, exportContextFor } from './exportContext';
import { exportProject, type ExportContext } from './exportProject';
import { readProjectFile, writeProjectFile } from './projectFile/projectFile';
import { writeDocx } from './publication/writeDocx';
import { writeHtml } from './publication/writeHtml';
import { writeMarkdown } from './publication/writeMarkdown';
import { readXliff } from './xliff/readXliff';
import { writeXliff12 } from './xliff/writeXliff12';
import { writeXliff2 } from './xliff/writeXliff2';

async function contextFor(document: ProjectDocument, translatorName = ''): Promise<ExportContext> {
  const matcher = new TermMatcher(makeCharFold(await loadScriptConverter('zh-Hans')));
  matcher.setTerms(document.glossary);
  return exportContextFor(
    document.project,
    { script: 'original', untranslated: 'placeholder', translatorName },
    {
      findTerms: (text) => matcher.find(text),
      entriesById: new Map(document.glossary.map((entry) => [entry.id, entry])),
    },
    catalogTranslate(en),
  );
}

/** One translated segment of the given type after a paragraph, in a document without details. */
function oneOfType(type: SegmentType): ProjectDocument {
  const [first, second] = structuredDocument.segments;
  if (!first || !second) throw new Error('the fixture has segments');
  return {
    ...structuredDocument,
    project: { ...structuredDocument.project, details: undefined, targetLang: 'en' },
    segments: [
      { ...first, type: 'paragraph', kind: 'paragraph' },
      { ...second, type, translationText: 'Part two', translation: oneLine('Part two') },
    ],
  };
}

function oneLine(text: string) {
  return {
    type: 'doc' as const,
    content: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text }] }],
  };
}

describe('each serializer writes each segment type', () => {
  it.each([
    ['title', '<h1>Part two</h1>', '# Part two', 'Title', 'bw:title', 'x-title'],
    ['heading1', '<h2>Part two</h2>', '## Part two', 'Heading1', 'bw:heading1', 'x-heading1'],
    ['heading2', '<h3>Part two</h3>', '### Part two', 'Heading2', 'bw:heading2', 'x-heading2'],
    ['heading3', '<h4>Part two</h4>', '#### Part two', 'Heading3', 'bw:heading3', 'x-heading3'],
    [
      'quote',
      '<blockquote><p>Part two</p></blockquote>',
      '> Part two',
      'Quote',
      'bw:quote',
      'x-quote',
    ],
    ['paragraph', '<p>Part two</p>', '\nPart two\n', undefined, undefined, undefined],
  ] as const)('%s', async (type, html, markdown, wordStyle, unitType, restype) => {
    const document = oneOfType(type);
    expect(writeHtml(document, 'omit', '')).toContain(html);
    expect(writeMarkdown(document, 'omit', '')).toContain(markdown);
    const body = strFromU8(
      unzipSync(await writeDocx(document, 'omit', '', ''))['word/document.xml'] ?? new Uint8Array(),
    );
    const secondParagraph = body.split('<w:p>')[2] ?? '';
    if (wordStyle) expect(secondParagraph).toContain(`<w:pStyle w:val="${wordStyle}"/>`);
    else expect(secondParagraph).not.toContain('<w:pStyle');
    const options = await contextFor(document);
    const unit = /<unit id="t2"[^>]*>/.exec(writeXliff2(document, options))?.[0];
    expect(unit).toBe(unitType ? `<unit id="t2" type="${unitType}">` : '<unit id="t2">');
    const transUnit = /<trans-unit id="t2"[^>]*>/.exec(writeXliff12(document, options))?.[0];
    if (restype) expect(transUnit).toContain(`restype="${restype}"`);
    else expect(transUnit).not.toContain('restype');
  });
});

describe('publications with heading levels and project details', () => {
  it('are golden files (HTML, Markdown, bilingual HTML)', async () => {
    const context = await contextFor(structuredDocument);
    for (const [format, file] of [
      ['html', 'structure.html'],
      ['md', 'structure.md'],
      ['bilingual', 'structure.bilingual.html'],
    ] as const) {
      const exported = await exportProject(structuredDocument, format, context);
      await expect(exported.content).toMatchFileSnapshot(`../../../test/fixtures/golden/${file}`);
    }
  });

  it('say the title, translator, date and English variant in the HTML head', async () => {
    const { content } = await exportProject(
      structuredDocument,
      'html',
      await contextFor(structuredDocument, 'Preference Name'),
    );
    expect(content).toContain('<html lang="en-GB">');
    expect(content).toContain(
      '<title>What Ma Huateng proposed on the &quot;industrial internet&quot;</title>',
    );
    // The project's translator wins over the preference.
    expect(content).toContain('<meta name="author" content="Lin Wei &amp; co">');
    expect(content).toContain('<meta name="dcterms.date" content="2026-03-05">');
  });

  it('fall back to segment 1 and the preference when the details are blank', async () => {
    const document = {
      ...structuredDocument,
      project: { ...structuredDocument.project, details: undefined },
    };
    const context = await contextFor(document, ' Preference Name ');
    const { content } = await exportProject(document, 'html', context);
    expect(content).toContain('<title>Ma Huateng on the industrial internet</title>');
    expect(content).toContain('<meta name="author" content="Preference Name">');
    expect(content).not.toContain('dcterms.date');
    // Without details of its own and in plain "en", Markdown has no front matter.
    const plain = { ...document, project: { ...document.project, targetLang: 'en' } };
    expect((await exportProject(plain, 'md', await contextFor(plain))).content).toMatch(/^# Ma/);
  });

  it('make a Word file whose paragraphs carry the styles, all defined, and whose core properties say the details', async () => {
    const { content } = await exportProject(
      structuredDocument,
      'docx',
      await contextFor(structuredDocument),
    );
    if (typeof content === 'string') throw new Error('Word is a zip archive');
    const files = unzipSync(content);
    const part = (name: string) => strFromU8(files[name] ?? new Uint8Array());
    const styles = [
      ...part('word/document.xml').matchAll(/<w:p>(?:<w:pPr><w:pStyle w:val="(\w+)"\/>)?/g),
    ].map((match) => match[1] ?? 'Normal');
    // The draft (segment 7) shows as a placeholder in its own type, a paragraph.
    expect(styles).toEqual([
      'Title',
      'Heading1',
      'Normal',
      'Heading2',
      'Heading3',
      'Quote',
      'Normal',
      'Heading1',
    ]);
    const stylesXml = part('word/styles.xml');
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Quote']) {
      expect(stylesXml).toContain(`w:styleId="${id}"`);
    }
    expect(stylesXml).toContain('<w:lang w:val="en-GB"/>');
    const core = part('docProps/core.xml');
    expect(core).toContain(
      '<dc:title>What Ma Huateng proposed on the &quot;industrial internet&quot;</dc:title>',
    );
    expect(core).toContain('<dc:creator>Lin Wei &amp; co</dc:creator>');
    expect(core).toMatch(/<dcterms:created [^>]*>2026-03-05T00:00:00Z<\/dcterms:created>/);
  });

  it('write the English variant into XLIFF, TMX and the project file', async () => {
    const context = await contextFor(structuredDocument);
    expect((await exportProject(structuredDocument, 'xliff2', context)).content).toContain(
      'trgLang="en-GB"',
    );
    expect((await exportProject(structuredDocument, 'xliff12', context)).content).toContain(
      'target-language="en-GB"',
    );
    expect((await exportProject(structuredDocument, 'tmx', context)).content).toContain(
      '<tuv xml:lang="en-GB">',
    );
  });
});

describe('segment types and details travel and come back', () => {
  it.each(['2.0', '1.2'] as const)(
    'in XLIFF %s, valid against the OASIS schemas',
    async (version) => {
      const context = await contextFor(structuredDocument);
      const xml =
        version === '2.0'
          ? writeXliff2(structuredDocument, context)
          : writeXliff12(structuredDocument, context);
      expect(await validateXliff(xml, version)).toEqual([]);
      const read = readXliff(xml);
      if (!read.ok) throw new Error(read.problem.code);
      expect(read.file.trgLang).toBe('en-GB');
      const back = documentFromXliff(read.file, { fileName: 'p.xlf', now: 0 });
      expect(back.segments.map((segment) => [segment.type ?? 'paragraph', segment.kind])).toEqual(
        structuredDocument.segments.map((segment) => [segment.type, segment.kind]),
      );
    },
  );

  it('reads the heading type files wrote before levels existed', () => {
    const xml = writeXliff2(
      {
        ...sampleDocument,
        segments: sampleDocument.segments.map((segment) => ({ ...segment, type: undefined })),
      },
      { srcLang: 'zh-Hant', convertSource: (text) => text, termsIn: () => [] },
    ).replace('type="bw:title"', 'type="bw:heading"');
    const read = readXliff(xml);
    expect(read.ok && read.file.units.map((unit) => [unit.kind, unit.type])).toEqual([
      ['heading', undefined],
      ['paragraph', undefined],
      ['paragraph', undefined],
    ]);
  });

  it('in the project file', () => {
    const read = readProjectFile(writeProjectFile(structuredDocument));
    expect(read.ok && read.document).toEqual(structuredDocument);
  });

  it.each([
    [{ type: 'heading4' }, 'segments[0].type'],
    [{ type: null }, 'segments[0].type'],
  ])('refuses a project file whose segment has %j', (change, path) => {
    const file = JSON.parse(writeProjectFile(structuredDocument)) as {
      segments: Record<string, unknown>[];
    };
    file.segments[0] = { ...file.segments[0], ...change };
    expect(readProjectFile(JSON.stringify(file))).toEqual({
      ok: false,
      problem: { code: 'invalid', path },
    });
  });

  it.each([
    [{ publicationDate: '5 March' }, 'project.details.publicationDate'],
    [{ publicationDate: '2026-13-01' }, 'project.details.publicationDate'],
    [{ title: 42 }, 'project.details.title'],
  ])('refuses a project file whose details have %j', (change, path) => {
    const file = JSON.parse(writeProjectFile(structuredDocument)) as {
      project: { details: Record<string, unknown> };
    };
    file.project.details = { ...file.project.details, ...change };
    expect(readProjectFile(JSON.stringify(file))).toEqual({
      ok: false,
      problem: { code: 'invalid', path },
    });
  });

  it.each([
    [
      { type: 'quote' },
      { ok: true, entry: { patch: { type: 'quote', kind: 'paragraph' }, at: 1 } },
    ],
    [
      { type: 'heading2', kind: 'paragraph' },
      { ok: true, entry: { patch: { type: 'heading2', kind: 'heading' }, at: 1 } },
    ],
    [{ type: 'chapter' }, { ok: false, path: 'patch.type' }],
    [{ kind: 'heading' }, { ok: false, path: 'patch.type' }],
  ])('keeps a type change in the write-ahead log: %j', (patch, expected) => {
    expect(readWalEntry({ v: 1, patch, at: 1 })).toEqual(expected);
  });
});
