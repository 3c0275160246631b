export type EncodingProblem =
  { code: 'encoding'; encoding: string } | { code: 'unsupportedEncoding'; encoding: string };

export type DecodedXml = { ok: true; text: string } | { ok: false; problem: EncodingProblem };

/**
 * The bytes of an XML (or JSON) file as text, as XML says to find the encoding: a byte-order
 * mark (UTF-8, UTF-16 LE or BE), else UTF-16 recognised from its first `<`, else the encoding
 * the XML declaration names, else UTF-8. Bytes that are not valid in that encoding are refused
 * with its name rather than read as replacement characters.
 */
export function decodeXmlBytes(bytes: Uint8Array): DecodedXml {
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return decode(bytes.subarray(3), 'utf-8');
  if (b0 === 0xff && b1 === 0xfe) return decode(bytes.subarray(2), 'utf-16le');
  if (b0 === 0xfe && b1 === 0xff) return decode(bytes.subarray(2), 'utf-16be');
  if (b0 === 0x3c && b1 === 0x00) return decode(bytes, 'utf-16le');
  if (b0 === 0x00 && b1 === 0x3c) return decode(bytes, 'utf-16be');
  const declared = declaredEncoding(bytes);
  if (!declared || /^utf-?8$/i.test(declared)) return decode(bytes, 'utf-8');
  // UTF-16 declared, but no byte-order mark and no 16-bit `<`: the declaration is wrong.
  if (/^utf-?16/i.test(declared))
    return { ok: false, problem: { code: 'encoding', encoding: declared } };
  return decode(bytes, declared);
}

function decode(bytes: Uint8Array, encoding: string): DecodedXml {
  let decoder: TextDecoder;
  try {
    decoder = new TextDecoder(encoding, { fatal: true });
  } catch {
    return { ok: false, problem: { code: 'unsupportedEncoding', encoding } };
  }
  try {
    // Some tools write the byte-order mark twice.
    return { ok: true, text: decoder.decode(bytes).replace(/^\uFEFF+/, '') };
  } catch {
    return { ok: false, problem: { code: 'encoding', encoding: nameOf(encoding) } };
  }
}

function nameOf(encoding: string): string {
  return encoding.toLowerCase().startsWith('utf-') ? encoding.toUpperCase() : encoding;
}

/** The `encoding` of an XML declaration at the very start, read as ASCII. */
function declaredEncoding(bytes: Uint8Array): string | null {
  let head = '';
  for (const byte of bytes.subarray(0, 200)) head += String.fromCharCode(byte);
  return /^<\?xml[^>]*?\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(head)?.[1] ?? null;
}
