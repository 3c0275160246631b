export type TmxDecodeProblem = { code: 'encoding'; encoding: string } | { code: 'empty' };
export type DecodedTmx = { ok: true; text: string } | { ok: false; problem: TmxDecodeProblem };

/**
 * The bytes of a TMX file as text. TMX may be UTF-8 or UTF-16 (Trados and memoQ write UTF-16
 * with a byte-order mark); without a mark, UTF-16 shows as NUL bytes around the `<` of the
 * declaration, and any other encoding is the one the XML declaration names. Bytes that are not
 * valid in the encoding are refused rather than read as replacement characters.
 */
export function decodeTmx(bytes: Uint8Array): DecodedTmx {
  const encoding = encodingOf(bytes);
  let text: string;
  try {
    text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, problem: { code: 'encoding', encoding } };
  }
  text = text.replace(/^\uFEFF/, '');
  if (text.trim() === '') return { ok: false, problem: { code: 'empty' } };
  return { ok: true, text };
}

function encodingOf(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0x3c && bytes[1] === 0x00) return 'utf-16le';
  if (bytes[0] === 0x00 && bytes[1] === 0x3c) return 'utf-16be';
  const declaration = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const declared = /^<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._-]+)["']/.exec(declaration)?.[1];
  if (!declared) return 'utf-8';
  // A UTF-16 declaration on bytes without NULs was re-saved as UTF-8 and not updated.
  if (/^utf-?16/i.test(declared)) return 'utf-8';
  return declared.toLowerCase();
}
