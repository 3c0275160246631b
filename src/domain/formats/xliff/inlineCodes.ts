import type { InlineCodeAttrs, RichTextDoc, RichTextInline } from '../../model/richText';
import type { SourceCode } from '../../model/segment';
import { xmlSafe } from '../xml/escapeXml';
import type { XmlElement } from '../xml/parseXml';

/**
 * Inline codes of other tools' XLIFF (placeholders, paired and isolated codes, their original
 * data) as content: read into `inlineCode` atoms, written back as they came. A code read from
 * one XLIFF version is written back verbatim to that version; to the other version it is
 * translated to the nearest element (ph↔x/ph, pc↔g, sc/ec↔bx/ex) keeping its id.
 */

export type XliffVocabulary = '1.2' | '2';

/** What an element of inline content is, as a code: one atom, or a pair around content. */
export type ReadCode =
  | { shape: 'atom'; code: InlineCodeAttrs }
  | { shape: 'pair'; open: InlineCodeAttrs; close: InlineCodeAttrs };

export interface InlineCodeReader {
  read: (element: XmlElement) => ReadCode | null;
  /** A `<cp>` whose character XML cannot carry: kept as a code to write back as it was. */
  codePoint: (element: XmlElement) => InlineCodeAttrs;
}

const xmlNamespace = 'http://www.w3.org/XML/1998/namespace';
const standalone2 = new Set(['ph', 'sc', 'ec']);
const standalone12 = new Set(['x', 'bx', 'ex', 'ph', 'bpt', 'ept', 'it']);
const opening = new Set(['sc', 'bx', 'bpt']);
const closing = new Set(['ec', 'ex', 'ept']);

/** Reads XLIFF 2 codes of one unit: `dataRef`s resolve against the unit's `<originalData>`. */
export function xliff2CodeReader(unit: XmlElement, ns: string): InlineCodeReader {
  const data = new Map<string, XmlElement>();
  for (const originalData of unit.elements(ns, 'originalData'))
    for (const item of originalData.elements(ns, 'data'))
      data.set(item.getAttribute('id') ?? '', item);
  const dataOf = (element: XmlElement, attribute: string) => {
    const ref = element.getAttribute(attribute);
    return ref === null ? undefined : data.get(ref);
  };
  const attrs = (
    element: XmlElement,
    kind: string,
    xml: string,
    refs: string[],
    equivAttribute: string,
    dispAttribute: string,
  ): InlineCodeAttrs => {
    const items = refs.flatMap((ref) => dataOf(element, ref) ?? []);
    const native = items.map((item) => item.textContent).join('');
    const id =
      (kind === 'ec' ? element.getAttribute('startRef') : null) ?? element.getAttribute('id') ?? '';
    const equiv = element.getAttribute(equivAttribute) ?? '';
    return {
      kind,
      id,
      xliff: '2',
      xml,
      data: items.map((item) => elementXml(item, ns)),
      native,
      label: labelOf(kind, id, element.getAttribute(dispAttribute) ?? '', equiv, native),
      equiv,
    };
  };
  return {
    read: (element) => {
      if (element.namespaceURI !== ns) return null;
      const name = element.localName;
      if (standalone2.has(name))
        return {
          shape: 'atom',
          code: attrs(element, name, elementXml(element, ns), ['dataRef'], 'equiv', 'disp'),
        };
      if (name !== 'pc') return null;
      return {
        shape: 'pair',
        open: attrs(
          element,
          'pc-open',
          startTag(element, ns),
          ['dataRefStart'],
          'equivStart',
          'dispStart',
        ),
        close: attrs(element, 'pc-close', `</pc>`, ['dataRefEnd'], 'equivEnd', 'dispEnd'),
      };
    },
    codePoint: (element) => codePointCode(element, ns),
  };
}

/** Reads XLIFF 1.2 codes: their content is the native code (with `<sub>` text inside it). */
export function xliff12CodeReader(ns: string): InlineCodeReader {
  const attrs = (element: XmlElement, kind: string, xml: string, withNative: boolean) => {
    const native = withNative ? element.textContent : '';
    const pairKey = kind === 'g-open' || kind === 'g-close' || kind === 'x' || kind === 'ph';
    const id = (pairKey ? null : element.getAttribute('rid')) ?? element.getAttribute('id') ?? '';
    const equiv = element.getAttribute('equiv-text') ?? '';
    return {
      kind,
      id,
      xliff: '1.2',
      xml,
      data: [],
      native,
      label: labelOf(kind, id, '', equiv, native),
      equiv,
    } satisfies InlineCodeAttrs;
  };
  return {
    read: (element) => {
      if (element.namespaceURI !== ns) return null;
      const name = element.localName;
      if (standalone12.has(name))
        return { shape: 'atom', code: attrs(element, name, elementXml(element, ns), true) };
      if (name !== 'g') return null;
      return {
        shape: 'pair',
        open: attrs(element, 'g-open', startTag(element, ns), false),
        close: attrs(element, 'g-close', '</g>', false),
      };
    },
    codePoint: (element) => codePointCode(element, ns),
  };
}

function codePointCode(element: XmlElement, ns: string): InlineCodeAttrs {
  const hex = element.getAttribute('hex') ?? '';
  return {
    kind: 'cp',
    id: '',
    xliff: '2',
    xml: elementXml(element, ns),
    data: [],
    native: '',
    label: `U+${hex.toUpperCase().padStart(4, '0')}`,
    equiv: '',
  };
}

/** A short tag: the tool's own display text, else the native tag's name, else ⟨id⟩ shapes. */
function labelOf(kind: string, id: string, disp: string, equiv: string, native: string): string {
  if (disp.trim()) return disp.trim();
  if (equiv.trim()) return equiv.trim();
  const tag = /^<(\/?)([\w:-]+)[^>]*?(\/?)>$/.exec(native.trim());
  if (tag) return `<${tag[1] ?? ''}${tag[2] ?? ''}${tag[3] ?? ''}>`;
  const text = native.trim();
  if (text && text.length <= 12 && !/\s{2,}|\n/.test(text)) return text;
  if (kind.endsWith('-open') || opening.has(kind)) return `⟨${id}⟩`;
  if (kind.endsWith('-close') || closing.has(kind)) return `⟨/${id}⟩`;
  return `⟨${id}/⟩`;
}

/** The element as XML: XLIFF elements unprefixed, attributes in order, text minimally escaped. */
export function elementXml(element: XmlElement, ns: string): string {
  const inner = element.children
    .map((child) => (child.kind === 'text' ? textXml(child.text) : elementXml(child, ns)))
    .join('');
  const tag = startTag(element, ns);
  return inner === '' ? `${tag.slice(0, -1)}/>` : `${tag}${inner}</${nameOf(element, ns)}>`;
}

function startTag(element: XmlElement, ns: string): string {
  const attributes = element
    .attributeList()
    // Attributes of other namespaces would need declarations our files do not make.
    .filter((attribute) => attribute.uri === '' || attribute.uri === xmlNamespace)
    .map((attribute) => ` ${attribute.name}="${attributeXml(attribute.value)}"`)
    .join('');
  return `<${nameOf(element, ns)}${attributes}>`;
}

function nameOf(element: XmlElement, ns: string): string {
  return element.namespaceURI === ns ? element.localName : element.name;
}

function textXml(text: string): string {
  return xmlSafe(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function attributeXml(text: string): string {
  return textXml(text)
    .replace(/"/g, '&quot;')
    .replace(/[\t\n\r]/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A code as XLIFF of `version`: verbatim in its own version, the nearest element in the other. */
export function codeXml(code: InlineCodeAttrs, version: XliffVocabulary): string {
  if (code.xliff === version) return code.xml;
  const id = attributeXml(code.id);
  const equiv = code.equiv ? attributeXml(code.equiv) : '';
  if (version === '1.2') {
    const equivText = equiv ? ` equiv-text="${equiv}"` : '';
    switch (code.kind) {
      case 'pc-open':
        return `<g id="${id}"${equivText}>`;
      case 'pc-close':
        return '</g>';
      case 'sc':
        return `<bx id="${id}"${equivText}/>`;
      case 'ec':
        return `<ex id="${id}"${equivText}/>`;
      // 1.2 has no way to write a character XML cannot carry.
      case 'cp':
        return '';
      default:
        return code.native
          ? `<ph id="${id}"${equivText}>${textXml(code.native)}</ph>`
          : `<x id="${id}"${equivText}/>`;
    }
  }
  const disp = code.label ? ` disp="${attributeXml(code.label)}"` : '';
  const equiv2 = equiv ? ` equiv="${equiv}"` : '';
  switch (code.kind) {
    case 'g-open':
      return `<pc id="${id}">`;
    case 'g-close':
      return '</pc>';
    case 'bx':
    case 'bpt':
      return `<sc id="${id}"${equiv2}${disp}/>`;
    case 'ex':
    case 'ept':
      return `<ec startRef="${id}"${equiv2}${disp}/>`;
    default:
      return `<ph id="${id}"${equiv2}${disp}/>`;
  }
}

/** The `<originalData>` of a unit: every `<data>` its codes refer to, once, in order. */
export function originalDataXml(codes: readonly InlineCodeAttrs[]): string {
  const items = [
    ...new Set(codes.filter((code) => code.xliff === '2').flatMap((code) => code.data)),
  ];
  return items.length === 0
    ? ''
    : `      <originalData>\n${items.map((item) => `        ${item}\n`).join('')}      </originalData>\n`;
}

/** The codes of a rich text, in order. */
export function codesOf(doc: RichTextDoc): InlineCodeAttrs[] {
  return doc.content.flatMap((paragraph) =>
    (paragraph.content ?? []).flatMap((inline) =>
      inline.type === 'inlineCode' ? [inline.attrs] : [],
    ),
  );
}

/** Ids codes hold, which the ids of our own formatting codes must not repeat. */
export function codeIds(codes: readonly InlineCodeAttrs[]): Set<string> {
  return new Set(codes.map((code) => code.id).filter(Boolean));
}

// Never in XML text, so it cannot collide with content: marks where a code sits.
const codeMarker = '\uFFFF';

/**
 * A source read as rich text, as one line of plain text (our segments are paragraphs: line
 * breaks become spaces) and its codes at their offsets.
 */
export function sourceWithCodes(doc: RichTextDoc): { text: string; codes: SourceCode[] } {
  const found: InlineCodeAttrs[] = [];
  const marked = doc.content
    .map((paragraph) =>
      (paragraph.content ?? [])
        .map((inline: RichTextInline) => {
          if (inline.type === 'text') return inline.text.replaceAll(codeMarker, '');
          if (inline.type === 'inlineCode') {
            found.push(inline.attrs);
            return codeMarker;
          }
          return inline.type === 'hardBreak' ? '\n' : '';
        })
        .join(''),
    )
    .join('\n')
    .replace(/\s*\n\s*/g, ' ');
  let text = '';
  const codes: SourceCode[] = [];
  for (const char of marked) {
    if (char === codeMarker) {
      const code = found[codes.length];
      if (code) codes.push({ offset: text.length, code });
    } else text += char;
  }
  return { text, codes };
}

/**
 * A source with its codes as XLIFF inline content: the text between codes converted (to the
 * export's script) and escaped, each code written at its offset.
 */
export function sourceXml(
  source: string,
  codes: readonly SourceCode[] | undefined,
  version: XliffVocabulary,
  convert: (text: string) => string,
  escape: (text: string) => string,
): string {
  if (!codes || codes.length === 0) return escape(convert(source));
  let xml = '';
  let at = 0;
  for (const { offset, code } of codes) {
    const to = Math.min(Math.max(offset, at), source.length);
    if (to > at) xml += escape(convert(source.slice(at, to)));
    xml += codeXml(code, version);
    at = to;
  }
  return xml + (at < source.length ? escape(convert(source.slice(at))) : '');
}
