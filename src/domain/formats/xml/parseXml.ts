import { DOMParser, type Document } from '@xmldom/xmldom';

export const maxXmlCharacters = 50 * 1024 * 1024;

export type XmlProblem =
  | { code: 'notXml'; line: number | null; column: number | null; detail: string }
  | { code: 'entities' }
  | { code: 'tooLarge' };

export type ParsedXml = { ok: true; document: Document } | { ok: false; problem: XmlProblem };

/**
 * Parses XML from another tool, refusing rather than guessing: any well-formedness error stops
 * parsing and is reported with its line, and entity declarations (the "billion laughs" and
 * external-entity attacks) are refused outright.
 */
export function parseXml(text: string): ParsedXml {
  if (text.length > maxXmlCharacters) return { ok: false, problem: { code: 'tooLarge' } };
  if (/<!ENTITY/i.test(text)) return { ok: false, problem: { code: 'entities' } };
  let failure: XmlProblem | null = null;
  try {
    const document = new DOMParser({
      onError: (level, message, context) => {
        if (level === 'warning') return;
        const locator = (context as { locator?: { lineNumber?: number; columnNumber?: number } })
          ?.locator;
        failure = {
          code: 'notXml',
          line: locator?.lineNumber ?? null,
          column: locator?.columnNumber ?? null,
          detail: message,
        };
        throw new Error(message);
      },
    }).parseFromString(text.replace(/^\uFEFF/, ''), 'application/xml');
    return { ok: true, document };
  } catch (error) {
    return {
      ok: false,
      problem: failure ?? {
        code: 'notXml',
        line: null,
        column: null,
        detail: error instanceof Error ? error.message : String(error),
      },
    };
  }
}

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Parsers may read these as line ends (XML 1.1 does); a character reference keeps them.
      .replace(/[\u0085\u2028\u2029]/g, (char) => `&#x${char.charCodeAt(0).toString(16)};`)
  );
}

/** Removes characters XML 1.0 cannot carry (C0 controls other than tab, LF, CR; lone surrogates). */
export function xmlSafe(text: string): string {
  return text.replace(
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g,
    '',
  );
}
