// Kept apart from the parser so that writing XML does not load it.

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

/** Any text as XML character data or an attribute value. */
export function xmlText(text: string): string {
  return escapeXml(xmlSafe(text));
}
