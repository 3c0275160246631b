import { describe, expect, it } from 'vitest';
import { decodeSourceFile, maxSourceFileBytes } from './decodeSourceFile';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeSourceFile', () => {
  it('reads UTF-8 and drops a BOM', () => {
    expect(decodeSourceFile(utf8('\uFEFF產業互聯網'))).toEqual({ ok: true, text: '產業互聯網' });
  });

  it('reads UTF-16 with a byte-order mark', () => {
    const le = new Uint8Array([0xff, 0xfe, 0x62, 0x75, 0x6d, 0x69]); // 產業 is 0x7522 0x696d
    le.set([0x22, 0x75, 0x6d, 0x69], 2);
    expect(decodeSourceFile(le)).toEqual({ ok: true, text: '產業' });
    const be = new Uint8Array([0xfe, 0xff, 0x75, 0x22, 0x69, 0x6d]);
    expect(decodeSourceFile(be)).toEqual({ ok: true, text: '產業' });
  });

  it.each([
    ['no bytes', new Uint8Array([]), 'empty'],
    ['only whitespace and a BOM', utf8('\uFEFF \n\t '), 'empty'],
    ['a NUL byte', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]), 'binary'],
    ['many control characters', new Uint8Array([...utf8('abc'), 1, 2, 3, 4]), 'binary'],
    ['GB 2312 bytes', new Uint8Array([0xb2, 0xfa, 0xd2, 0xb5]), 'not-utf8'],
  ])('rejects %s', (_name, bytes, problem) => {
    expect(decodeSourceFile(bytes)).toEqual({ ok: false, problem });
  });

  it('refuses a file over the size limit without decoding it', () => {
    expect(decodeSourceFile(new Uint8Array(maxSourceFileBytes + 1))).toEqual({
      ok: false,
      problem: 'too-large',
    });
  });
});
