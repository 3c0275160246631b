import type {
  InlineCodeAttrs,
  RichTextDoc,
  RichTextFootnote,
  RichTextMark,
  RichTextParagraph,
} from '../../model/richText';
import { richTextToPlainText } from '../../model/richTextToPlainText';
import type { OriginalFile } from '../../model/project';
import type {
  SegmentKind,
  SegmentOrigin,
  SegmentStatus,
  SegmentType,
  SourceCode,
} from '../../model/segment';
import { xmlSafe } from '../xml/escapeXml';
import {
  sourceWithCodes,
  xliff12CodeReader,
  xliff2CodeReader,
  type InlineCodeReader,
} from './inlineCodes';
import type { EncodingProblem } from '../xml/decodeXml';
import { parseXml, type XmlElement, type XmlProblem } from '../xml/parseXml';
import type { GlossaryRecord } from '../../glossary/glossaryRecord';
import { isTermStatus } from '../../glossary/glossaryEntry';
import { fromUnitId } from './unitId';
import { readUnitType } from './unitType';
import { leastAdvanced, statusFromXliff12, statusFromXliff2, xliff2StateOf } from './xliffStates';
import { revisionCategory, revisionMetaType, revisionPrefix12 } from './revision';
import type { SourceComment } from '../../comments/sourceComment';
import { readSourceComments12, readSourceComments2 } from './readSourceComments';
import { footnoteReader12, footnoteReader2, type FootnoteReader } from './xliffFootnotes';

export const xliff2Namespace = 'urn:oasis:names:tc:xliff:document:2.0';
/** XLIFF 2.2 has a core namespace of its own; its modules keep their 2.0 namespaces. */
export const xliff22Namespace = 'urn:oasis:names:tc:xliff:document:2.2';
export const xliff12Namespace = 'urn:oasis:names:tc:xliff:document:1.2';
/** translate-toolkit's po2xliff still writes 1.1, whose vocabulary 1.2 only extended. */
export const xliff11Namespace = 'urn:oasis:names:tc:xliff:document:1.1';
const xliffNamespacePrefix = 'urn:oasis:names:tc:xliff:document:';
const metadataNamespace = 'urn:oasis:names:tc:xliff:metadata:2.0';
const glossaryNamespace = 'urn:oasis:names:tc:xliff:glossary:2.0';

/** One translation unit as read from a file, whichever XLIFF version it came in. */
export interface XliffUnit {
  id: string;
  kind: SegmentKind;
  /** The segment type when the file names one of ours (bw:heading2, x-quote…). */
  type?: SegmentType;
  /** Plain text of the source; its inline codes are in `sourceCodes`. */
  source: string;
  sourceCodes: SourceCode[];
  translation: RichTextDoc;
  translationText: string;
  notesText: string;
  status: SegmentStatus;
  /** The revision of the segment when this workspace exported it; null from other tools. */
  revision: number | null;
  /** The file (index into `XliffFile.files`) and the id as written there. */
  origin?: SegmentOrigin;
  /** Comments on the source (see sourceComments.ts); their notes are not in `notesText`. */
  comments?: SourceComment[];
}

export interface XliffFile {
  /** As the file says: the import dialog names it (a 2.2 file is "2.2", a 1.1 file "1.1"). */
  version: '1.1' | '1.2' | '2.0' | '2.1' | '2.2';
  /** Entries of the XLIFF 2 Glossary module, one per source term. */
  glossary: GlossaryRecord[];
  srcLang: string;
  trgLang: string;
  /** The `original` of the first file element, if any. */
  original: string;
  /** Every `<file>`, in document order, so that an export can give each unit back to its file. */
  files: OriginalFile[];
  units: XliffUnit[];
}

export type XliffProblem =
  | XmlProblem
  | EncodingProblem
  | { code: 'notXliff' }
  | { code: 'unsupportedVersion'; version: string }
  | { code: 'missingSrcLang' }
  | { code: 'missingId'; position: number }
  | { code: 'duplicateId'; id: string }
  | { code: 'noSource'; id: string }
  | { code: 'noUnits' };

export type XliffRead = { ok: true; file: XliffFile } | { ok: false; problem: XliffProblem };

class Rejection extends Error {
  constructor(readonly problem: XliffProblem) {
    super(problem.code);
  }
}

/**
 * Reads XLIFF 2.x or 1.2 from any tool through one validating step: the whole file is checked
 * before anything is returned, so a caller either gets every unit or a problem to show, and text
 * stays text (inline codes become formatting marks or are dropped, never markup).
 */
export function readXliff(text: string): XliffRead {
  const parsed = parseXml(text);
  if (!parsed.ok) return { ok: false, problem: parsed.problem };
  const { root } = parsed;
  if (root.localName !== 'xliff') return { ok: false, problem: { code: 'notXliff' } };
  const namespace = root.namespaceURI;
  try {
    if (namespace === xliff2Namespace || namespace === xliff22Namespace)
      return { ok: true, file: readVersion2(root, namespace) };
    if (namespace === xliff12Namespace || namespace === xliff11Namespace)
      return { ok: true, file: readVersion12(root, namespace) };
    // An XLIFF of another version (1.0 had no namespace) is named as such, not as "not XLIFF".
    if (namespace === '' || namespace.startsWith(xliffNamespacePrefix)) {
      const version =
        root.getAttribute('version') ?? namespace.slice(xliffNamespacePrefix.length) ?? '';
      return { ok: false, problem: { code: 'unsupportedVersion', version } };
    }
    return { ok: false, problem: { code: 'notXliff' } };
  } catch (error) {
    if (error instanceof Rejection) return { ok: false, problem: error.problem };
    throw error;
  }
}

function readVersion2(root: XmlElement, ns: string): XliffFile {
  const version = root.getAttribute('version') ?? '';
  if (!/^2\.[0-2]$/.test(version)) throw new Rejection({ code: 'unsupportedVersion', version });
  const srcLang = root.getAttribute('srcLang')?.trim();
  if (!srcLang) throw new Rejection({ code: 'missingSrcLang' });
  const files = descendants(root, ns, 'file');
  const marks = xliff2Marks(ns);
  const units = descendants(root, ns, 'unit').map((unit, index) => {
    const unitId = requiredId(unit, index);
    const id = qualifiedId(unit, fromUnitId(unitId), files);
    const parts = children(unit, ns).filter(
      (child) => child.localName === 'segment' || child.localName === 'ignorable',
    );
    const sources = parts.flatMap((part) => children(part, ns, 'source'));
    if (sources.length === 0) throw new Rejection({ code: 'noSource', id });
    const notes = children(unit, ns, 'notes').flatMap((notesXmlElement) =>
      children(notesXmlElement, ns, 'note'),
    );
    const footnotes = footnoteReader2(notes);
    const segmentStatuses: SegmentStatus[] = [];
    const copiedSources = new Set<XmlElement>();
    const codes = xliff2CodeReader(unit, ns);
    for (const part of parts) {
      if (part.localName !== 'segment') continue;
      const source = plainSource(children(part, ns, 'source'), marks, codes).text;
      const target = children(part, ns, 'target')[0];
      const targetText = target ? richTextToPlainText(readInline([target], marks, codes)) : '';
      const state = part.getAttribute('state') ?? '';
      const subState = part.getAttribute('subState') ?? '';
      // A copy of the source in a target still marked initial (what the "copy the source into
      // empty targets" export writes for OmegaT) is an untranslated segment; our own Draft
      // (subState bw:draft) may equal its source and stays a draft.
      const untranslatedCopy =
        state === 'initial' &&
        (subState === '' || subState === xliff2StateOf.untranslated.subState) &&
        targetText !== '' &&
        targetText === source;
      if (target && untranslatedCopy) {
        copiedSources.add(target);
        segmentStatuses.push('untranslated');
      } else segmentStatuses.push(statusFromXliff2(state, subState, targetText));
    }
    const targets = targetsInOrder(parts, ns).filter((target) => !copiedSources.has(target));
    const hasTarget = targets.some((target) => target.parent?.localName === 'segment');
    const translation = readInline(hasTarget ? targets : [], marks, codes, footnotes);
    const source = plainSource(sources, marks, codes);
    const translationText = richTextToPlainText(translation);
    const { comments, commentNotes } = readSourceComments2(unit, ns, sources, source.text);
    return {
      id,
      ...readUnitType(unit.getAttribute('type'), 'bw:'),
      source: source.text,
      sourceCodes: source.codes,
      translation,
      translationText,
      notesText: notes
        .filter((note) => !commentNotes.has(note) && !footnotes.isFootnoteNote(note))
        .map((note) => note.textContent ?? '')
        .join('\n'),
      ...(comments.length > 0 ? { comments } : {}),
      status: inheritedTranslateNo(unit)
        ? 'do-not-translate'
        : translationText.trim() === ''
          ? 'untranslated'
          : // Some segments translated, some not: here a text being worked on is a Draft.
            atLeastDraft(leastAdvanced(segmentStatuses)),
      revision: revision2(unit),
      origin: { file: fileIndexOf(unit, files), unitId },
    } satisfies XliffUnit;
  });
  return finish(
    {
      version: version as '2.0' | '2.1' | '2.2',
      glossary: glossaryEntries(root),
      srcLang,
      trgLang: root.getAttribute('trgLang')?.trim() || 'en',
      original: firstFileOriginal(root, ns),
      files: files.map((file) => ({
        id: file.getAttribute('id') ?? '',
        original: file.getAttribute('original') ?? '',
        datatype: '',
      })),
    },
    units,
  );
}

/**
 * A unit's targets in the order of its translation: a target with `order="n"` takes the n-th
 * place among the unit's segments and ignorables, the others keep their own place. An
 * ignorable without a target stands for its source (whitespace between sentences).
 */
function targetsInOrder(parts: XmlElement[], ns: string): XmlElement[] {
  const slots = new Map<number, XmlElement>();
  const leftover: XmlElement[] = [];
  const targetOf = (part: XmlElement) =>
    children(part, ns, 'target')[0] ??
    (part.localName === 'ignorable' ? children(part, ns, 'source')[0] : undefined);
  const unordered: [number, XmlElement | undefined][] = [];
  parts.forEach((part, index) => {
    const target = targetOf(part);
    const order = Number(target?.getAttribute('order') ?? NaN);
    if (
      target &&
      Number.isInteger(order) &&
      order >= 1 &&
      order <= parts.length &&
      !slots.has(order)
    )
      slots.set(order, target);
    else unordered.push([index + 1, target]);
  });
  for (const [position, target] of unordered) {
    if (!target) continue;
    if (slots.has(position)) leftover.push(target);
    else slots.set(position, target);
  }
  return [
    ...[...slots.entries()].sort(([a], [b]) => a - b).map(([, target]) => target),
    ...leftover,
  ];
}

function readVersion12(root: XmlElement, ns: string): XliffFile {
  const version = root.getAttribute('version') ?? '';
  const expected = ns === xliff11Namespace ? '1.1' : '1.2';
  if (version !== expected) throw new Rejection({ code: 'unsupportedVersion', version });
  const files = descendants(root, ns, 'file');
  const firstFile = files[0];
  const srcLang = firstFile?.getAttribute('source-language')?.trim();
  if (!srcLang) throw new Rejection({ code: 'missingSrcLang' });
  const marks = xliff12Marks;
  const units = descendants(root, ns, 'trans-unit').map((unit, index) => {
    const unitId = requiredId(unit, index);
    const id = qualifiedId(unit, unitId, files);
    const sources = children(unit, ns, 'source');
    if (sources.length === 0) throw new Rejection({ code: 'noSource', id });
    const codes = xliff12CodeReader(ns);
    const { text: source, codes: sourceCodes } = plainSource(sources, marks, codes);
    const targets = children(unit, ns, 'target');
    const state = targets[0]?.getAttribute('state') ?? '';
    const notes = children(unit, ns, 'note');
    const footnotes = footnoteReader12(notes);
    const read = readInline(targets, marks, codes, footnotes);
    // A copy of the source marked new is what the "copy the source into empty targets" export
    // writes for OmegaT: the segment is still untranslated.
    const copy = state === 'new' && richTextToPlainText(read) === source;
    const translation = copy ? readInline([], marks) : read;
    const translationText = richTextToPlainText(translation);
    const { comments, commentNotes } = readSourceComments12(unit, ns, source);
    return {
      id,
      ...readUnitType(unit.getAttribute('restype'), 'x-'),
      source,
      sourceCodes,
      translation,
      translationText,
      ...(comments.length > 0 ? { comments } : {}),
      notesText: notes
        .filter((note) => !commentNotes.has(note) && !footnotes.isFootnoteNote(note))
        .map((note) => note.textContent ?? '')
        .join('\n'),
      status: inheritedTranslateNo(unit)
        ? 'do-not-translate'
        : statusFromXliff12(state, unit.getAttribute('approved') === 'yes', translationText),
      revision: revision12(unit),
      origin: { file: fileIndexOf(unit, files), unitId },
    } satisfies XliffUnit;
  });
  return finish(
    {
      version: expected,
      glossary: [],
      srcLang,
      trgLang: firstFile?.getAttribute('target-language')?.trim() || 'en',
      original: firstFile?.getAttribute('original') ?? '',
      files: files.map((file) => ({
        id: '',
        original: file.getAttribute('original') ?? '',
        datatype: file.getAttribute('datatype') ?? '',
      })),
    },
    units,
  );
}

function finish(header: Omit<XliffFile, 'units'>, units: XliffUnit[]): XliffFile {
  if (units.length === 0) throw new Rejection({ code: 'noUnits' });
  const seen = new Set<string>();
  for (const unit of units) {
    if (seen.has(unit.id)) throw new Rejection({ code: 'duplicateId', id: unit.id });
    seen.add(unit.id);
  }
  return { ...header, units };
}

/** The Glossary module's entries anywhere in the file, merged per source term. */
function glossaryEntries(root: XmlElement): GlossaryRecord[] {
  const bySource = new Map<string, GlossaryRecord>();
  for (const entry of descendants(root, glossaryNamespace, 'glossEntry')) {
    const term = children(entry, glossaryNamespace, 'term')[0];
    const source = term?.textContent.trim() ?? '';
    const targets = children(entry, glossaryNamespace, 'translation')
      .map((translation) => translation.textContent.trim())
      .filter(Boolean);
    if (!source || targets.length === 0) continue;
    const known = bySource.get(source);
    if (known) {
      known.targets = [...new Set([...known.targets, ...targets])];
      continue;
    }
    // Our export writes the term status into `source`; other tools write where the term came from.
    const status = term?.getAttribute('source') ?? '';
    bySource.set(source, {
      source,
      targets,
      status: isTermStatus(status) ? status : 'preferred',
      partOfSpeech: null,
      noteText: children(entry, glossaryNamespace, 'definition')
        .map((definition) => definition.textContent.trim())
        .join('\n'),
    });
  }
  return [...bySource.values()];
}

function requiredId(unit: XmlElement, index: number): string {
  const id = unit.getAttribute('id')?.trim();
  if (!id) throw new Rejection({ code: 'missingId', position: index + 1 });
  return id;
}

/** How a version's inline codes say bold, italic and line break. */
interface InlineMarks {
  markOf: (element: XmlElement) => RichTextMark['type'] | null;
  isLineBreak: (element: XmlElement) => boolean;
  /** XmlElements whose content is the original file's native code, not text. */
  isNativeCode: (element: XmlElement) => boolean;
}

const xliff2Marks = (ns: string): InlineMarks => ({
  markOf: (element) => {
    if (element.localName !== 'pc') return null;
    // Another tool's formatting code with native data stays a code, so the data goes back.
    if (element.getAttribute('dataRefStart') || element.getAttribute('dataRefEnd')) return null;
    const subType = element.getAttribute('subType');
    return subType === 'xlf:b' ? 'bold' : subType === 'xlf:i' ? 'italic' : null;
  },
  isLineBreak: (element) =>
    element.localName === 'ph' && element.getAttribute('subType') === 'xlf:lb',
  isNativeCode: (element) => element.localName === 'originalData' && element.namespaceURI === ns,
});

const xliff12Marks: InlineMarks = {
  markOf: (element) => {
    if (element.localName !== 'g') return null;
    const ctype = element.getAttribute('ctype');
    return ctype === 'bold' ? 'bold' : ctype === 'italic' ? 'italic' : null;
  },
  isLineBreak: (element) => element.localName === 'x' && element.getAttribute('ctype') === 'lb',
  isNativeCode: (element) => ['bpt', 'ept', 'ph', 'it', 'sub'].includes(element.localName ?? ''),
};

/**
 * Inline content as rich text: marks from our own paired codes, paragraphs split at line breaks,
 * other tools' codes as `inlineCode` atoms (a pair as an opening and a closing atom around its
 * content), and translator's notes as `footnote` atoms.
 */
function readInline(
  elements: XmlElement[],
  marks: InlineMarks,
  codes?: InlineCodeReader,
  footnotes?: FootnoteReader,
): RichTextDoc {
  const paragraphs: RichTextParagraph[] = [{ type: 'paragraph' }];
  const append = (text: string, active: readonly RichTextMark['type'][]) => {
    if (text === '') return;
    const paragraph = paragraphs[paragraphs.length - 1] ?? { type: 'paragraph' };
    const content = (paragraph.content ??= []);
    const sortedMarks = [...new Set(active)].sort().map((type) => ({ type }));
    const last = content[content.length - 1];
    if (last?.type === 'text' && sameMarks(last.marks ?? [], sortedMarks)) {
      last.text += text;
      return;
    }
    content.push(
      sortedMarks.length ? { type: 'text', text, marks: sortedMarks } : { type: 'text', text },
    );
  };
  const appendCode = (code: InlineCodeAttrs) => {
    const paragraph = paragraphs[paragraphs.length - 1] ?? { type: 'paragraph' };
    (paragraph.content ??= []).push({ type: 'inlineCode', attrs: code });
  };
  const appendFootnote = (footnote: RichTextFootnote) => {
    const paragraph = paragraphs[paragraphs.length - 1];
    if (paragraph) (paragraph.content ??= []).push(footnote);
  };
  const walk = (element: XmlElement, active: readonly RichTextMark['type'][]) => {
    for (const child of element.children) {
      if (child.kind === 'text') {
        append(child.text, active);
        continue;
      }
      // Before the codes: in XLIFF 1.2 a note's reference is an <x/> of our own.
      const footnote = footnotes?.footnoteAt(child);
      if (footnote) {
        // Text the annotation spans stays text; the reference goes at its end.
        walk(child, active);
        appendFootnote(footnote);
        continue;
      }
      if (marks.isLineBreak(child)) {
        paragraphs.push({ type: 'paragraph' });
        continue;
      }
      if (child.localName === 'cp') {
        const char = codePoint(child.getAttribute('hex'));
        // A character XML cannot carry stays a code, so that it is written back as <cp>.
        if (char !== '' && xmlSafe(char) !== char && codes) appendCode(codes.codePoint(child));
        else append(char, active);
        continue;
      }
      const mark = marks.markOf(child);
      const code = mark ? null : codes?.read(child);
      if (mark) walk(child, active.concat(mark));
      else if (code?.shape === 'atom') appendCode(code.code);
      else if (code) {
        appendCode(code.open);
        walk(child, active);
        appendCode(code.close);
      } else if (marks.isNativeCode(child)) {
        // A 1.2 <sub> inside a native code (a link's title, an image's alt text) is text to
        // translate; the code around it is not.
        for (const sub of child.descendants(child.namespaceURI, 'sub')) walk(sub, active);
      } else walk(child, active);
    }
  };
  elements.forEach((element) => walk(element, []));
  return { type: 'doc', content: paragraphs };
}

/** An XLIFF 2 <cp hex="…"/>: a character XML cannot carry as text (kept as a code, see walk). */
function codePoint(hex: string | null): string {
  const value = parseInt(hex ?? '', 16);
  return /^[0-9A-Fa-f]{1,6}$/.test(hex ?? '') && value <= 0x10ffff
    ? String.fromCodePoint(value)
    : '';
}

function sameMarks(a: readonly RichTextMark[], b: readonly RichTextMark[]): boolean {
  return a.length === b.length && a.every((mark, index) => mark.type === b[index]?.type);
}

/** A source as one line of plain text (our segments are paragraphs) and its codes. */
function plainSource(
  sources: XmlElement[],
  marks: InlineMarks,
  codes: InlineCodeReader,
): { text: string; codes: SourceCode[] } {
  return sourceWithCodes(readInline(sources, marks, codes));
}

function inheritedTranslateNo(element: XmlElement): boolean {
  for (let node: XmlElement | null = element; node; node = node.parent) {
    const translate = node.getAttribute('translate');
    if (translate === 'no') return true;
    if (translate === 'yes') return false;
  }
  return false;
}

function revision2(unit: XmlElement): number | null {
  for (const metadata of children(unit, metadataNamespace, 'metadata'))
    for (const group of children(metadata, metadataNamespace, 'metaGroup')) {
      if (group.getAttribute('category') !== revisionCategory) continue;
      for (const meta of children(group, metadataNamespace, 'meta'))
        if (meta.getAttribute('type') === revisionMetaType) return revisionNumber(meta.textContent);
    }
  return null;
}

function revision12(unit: XmlElement): number | null {
  // The revision is the first token; the comments' ids and times may follow (sourceComments.ts).
  const first = (unit.getAttribute('extradata') ?? '').split(' ')[0] ?? '';
  return first.startsWith(revisionPrefix12)
    ? revisionNumber(first.slice(revisionPrefix12.length))
    : null;
}

function revisionNumber(text: string | null): number | null {
  const value = Number(text?.trim());
  return text?.trim() && Number.isSafeInteger(value) && value >= 0 ? value : null;
}

/**
 * Unit ids are unique only within a <file>: with several files, the file's id (2.x) or original
 * (1.2), or its position, keeps them apart.
 */
function qualifiedId(unit: XmlElement, id: string, files: readonly XmlElement[]): string {
  if (files.length < 2) return id;
  let file: XmlElement | null = unit.parent;
  while (file && !files.includes(file)) file = file.parent;
  if (!file) return id;
  // Our XLIFF 2 export writes a 1.2 file's original as an NMTOKEN id: read back, it is the same.
  const key =
    fromUnitId(file.getAttribute('id') ?? '') ||
    file.getAttribute('original') ||
    `${files.indexOf(file) + 1}`;
  return `${key}/${id}`;
}

function atLeastDraft(status: SegmentStatus): SegmentStatus {
  return status === 'untranslated' ? 'draft' : status;
}

function fileIndexOf(unit: XmlElement, files: readonly XmlElement[]): number {
  let file: XmlElement | null = unit.parent;
  while (file && !files.includes(file)) file = file.parent;
  return file ? files.indexOf(file) : 0;
}

function firstFileOriginal(root: XmlElement, namespace: string): string {
  return descendants(root, namespace, 'file')[0]?.getAttribute('original') ?? '';
}

function children(element: XmlElement, namespace: string, localName?: string): XmlElement[] {
  return element.elements(namespace, localName);
}

function descendants(element: XmlElement, namespace: string, localName: string): XmlElement[] {
  return element.descendants(namespace, localName);
}
