/**
 * XLIFF 2 unit ids must be NMTOKENs, while ids from XLIFF 1.2 tools, or ours for files with
 * several `<file>`s, may hold anything. Other characters are written as `_xHHHH_` (as Office
 * does in XML names) and read back unchanged, so such a project exports valid XLIFF 2 and
 * merges back onto the same segments.
 */
export function toUnitId(id: string): string {
  let escaped = '';
  let at = 0;
  for (const char of id) {
    // An underscore that would read back as the start of an escape is escaped itself.
    const ambiguous = char === '_' && /^x[0-9A-F]{4}_/.test(id.slice(at + 1));
    escaped += isNameChar(char) && !ambiguous ? char : escapeUnits(char);
    at += char.length;
  }
  return escaped;
}

function escapeUnits(char: string): string {
  return Array.from(
    { length: char.length },
    (_, index) => `_x${char.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0')}_`,
  ).join('');
}

/** The id `toUnitId` was given; another tool's id that merely looks escaped stays as it is. */
export function fromUnitId(id: string): string {
  const decoded = id.replace(/_x([0-9A-F]{4})_/g, (_, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
  return toUnitId(decoded) === id ? decoded : id;
}

// ASCII name characters, and letters, marks and digits from U+00C0 on, which XML 1.0 allows in
// names (the few it excludes there are not letters, marks or digits).
function isNameChar(char: string): boolean {
  if (/^[A-Za-z0-9._:-]$/.test(char)) return true;
  return (char.codePointAt(0) ?? 0) >= 0xc0 && /^[\p{L}\p{M}\p{Nd}]$/u.test(char);
}
