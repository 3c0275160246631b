export const maxSourceFileBytes = 20 * 1024 * 1024;

export type DecodeProblem = 'empty' | 'binary' | 'not-utf8' | 'too-large';
export type DecodedSource = { ok: true; text: string } | { ok: false; problem: DecodeProblem };

/**
 * Bytes of a picked or dropped file → text, or the reason it is not a text we can translate.
 * UTF-16 with a byte-order mark (what Windows Notepad saves as "Unicode") is read as such.
 */
export function decodeSourceFile(bytes: Uint8Array): DecodedSource {
  if (bytes.length > maxSourceFileBytes) return { ok: false, problem: 'too-large' };
  const utf16 = utf16Encoding(bytes);
  if (utf16) return checkText(new TextDecoder(utf16).decode(bytes));
  if (looksBinary(bytes)) return { ok: false, problem: 'binary' };
  try {
    return checkText(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return { ok: false, problem: 'not-utf8' };
  }
}

function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte === 0) return true;
    const allowed = byte === 9 || byte === 10 || byte === 12 || byte === 13;
    if (byte < 32 && !allowed) controls += 1;
  }
  return controls > bytes.length / 100;
}

function checkText(text: string): DecodedSource {
  // Some tools write the byte-order mark more than once.
  const withoutBom = text.replace(/^\uFEFF+/, '');
  if (withoutBom.trim() === '') return { ok: false, problem: 'empty' };
  if (withoutBom.includes('\u0000')) return { ok: false, problem: 'binary' };
  return { ok: true, text: withoutBom };
}
