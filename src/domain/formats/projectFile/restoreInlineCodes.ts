import type { InlineCodeAttrs, RichTextInlineCode } from '../../model/richText';
import type { SourceCode } from '../../model/segment';

/** Throws the restore step's error for the field at `path` (projectFile.ts's `Invalid`). */
type Fail = (path: string) => never;

const codeFields = ['kind', 'id', 'xliff', 'xml', 'native', 'label', 'equiv'] as const;
const kinds = new Set([
  'ph',
  'pc-open',
  'pc-close',
  'sc',
  'ec',
  'cp',
  'x',
  'g-open',
  'g-close',
  'bx',
  'ex',
  'bpt',
  'ept',
  'it',
]);

/**
 * An inline code as a project file or the database holds it: every field present and of its
 * type, a known kind and version, and markup that is one element (or a pair's tag) of that
 * kind, so that an export never writes what a file smuggled in.
 */
export function restoreInlineCodeAttrs(value: unknown, path: string, fail: Fail): InlineCodeAttrs {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail(path);
  const record = value as Record<string, unknown>;
  const fields = {} as Record<(typeof codeFields)[number], string>;
  for (const field of codeFields) {
    const item = record[field];
    if (typeof item !== 'string') return fail(`${path}.${field}`);
    fields[field] = item;
  }
  if (!kinds.has(fields.kind)) return fail(`${path}.kind`);
  if (fields.xliff !== '1.2' && fields.xliff !== '2') return fail(`${path}.xliff`);
  if (!markupFits(fields.kind, fields.xml)) return fail(`${path}.xml`);
  const data = record.data ?? [];
  if (!Array.isArray(data)) return fail(`${path}.data`);
  const items = data.map((item, index) =>
    typeof item === 'string' && /^<data\b[^>]*(\/>|>[^<]*<\/data>)$/.test(item)
      ? item
      : fail(`${path}.data[${index}]`),
  );
  return { ...fields, data: items };
}

export function restoreInlineCode(value: unknown, path: string, fail: Fail): RichTextInlineCode {
  const attrs =
    typeof value === 'object' && value !== null ? (value as { attrs?: unknown }).attrs : undefined;
  return { type: 'inlineCode', attrs: restoreInlineCodeAttrs(attrs, `${path}.attrs`, fail) };
}

/** A segment's source codes: in order, each at an offset inside the source. */
export function restoreSourceCodes(
  value: unknown,
  path: string,
  sourceLength: number,
  fail: Fail,
): SourceCode[] {
  if (!Array.isArray(value)) return fail(path);
  let previous = 0;
  return value.map((item: unknown, index) => {
    const at = `${path}[${index}]`;
    if (typeof item !== 'object' || item === null) return fail(at);
    const { offset, code } = item as { offset?: unknown; code?: unknown };
    if (
      typeof offset !== 'number' ||
      !Number.isInteger(offset) ||
      offset < previous ||
      offset > sourceLength
    )
      return fail(`${at}.offset`);
    previous = offset;
    return { offset, code: restoreInlineCodeAttrs(code, `${at}.code`, fail) };
  });
}

function markupFits(kind: string, xml: string): boolean {
  if (kind.endsWith('-close')) return xml === `</${kind.slice(0, -'-close'.length)}>`;
  const name = kind.endsWith('-open') ? kind.slice(0, -'-open'.length) : kind;
  // A pair's start tag alone; any other code one whole element (content may nest <sub>).
  if (kind.endsWith('-open')) return new RegExp(`^<${name}(\\s[^<>]*)?>$`).test(xml);
  return new RegExp(`^<${name}(\\s[^<>]*)?(/>|>[\\s\\S]*</${name}>)$`).test(xml);
}
