import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, maxHugeCallMs, mutatedBytes, timed } from '../../../test/fuzz/mutate';
import {
  decodeSourceFile,
  maxSourceFileBytes,
  type DecodeProblem,
  type DecodedSource,
} from './decodeSourceFile';

const problems: readonly DecodeProblem[] = ['empty', 'binary', 'not-utf8', 'too-large'];
const utf8 = (text: string) => new TextEncoder().encode(text);

function expectWellFormed(result: DecodedSource): void {
  if (result.ok) {
    expect(result.text.trim()).not.toBe('');
    expect(result.text.startsWith('\uFEFF')).toBe(false);
    expect(result.text).not.toContain('\u0000');
  } else {
    expect(problems).toContain(result.problem);
  }
}

const valid = utf8(
  '\uFEFF關于“產業互聯網”,馬化騰兩會建議了啥?\r\n\r\n  為什么要發展產業互聯網?\n業(yè)務。',
);
const utf16le = Uint8Array.from([0xff, 0xfe, 0x22, 0x75, 0x6d, 0x69, 0x0a, 0x00, 0x41, 0x00]);

describe('decodeSourceFile under fuzzing', () => {
  it('returns text or a known problem for random bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 512 }), (bytes) => {
        expectWellFormed(timed(() => decodeSourceFile(bytes)));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('returns text or a known problem for any encoded string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const result = timed(() => decodeSourceFile(utf8(text)));
        expectWellFormed(result);
        // Valid UTF-8 is never called "not UTF-8".
        if (!result.ok) expect(result.problem).not.toBe('not-utf8');
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('returns text or a known problem for mutated UTF-8 and UTF-16 files', () => {
    fc.assert(
      fc.property(fc.oneof(mutatedBytes(valid), mutatedBytes(utf16le)), (bytes) => {
        expectWellFormed(timed(() => decodeSourceFile(bytes)));
      }),
      { numRuns: fuzzRuns },
    );
  });

  it('refuses 50 MB without decoding it', () => {
    const huge = new Uint8Array(50 * 1024 * 1024).fill(0x41);
    expect(timed(() => decodeSourceFile(huge))).toEqual({ ok: false, problem: 'too-large' });
  });

  it('decodes a text at the size limit within the bound', () => {
    const line = utf8('產業互聯網的發展。'.repeat(100) + '\n');
    const bytes = new Uint8Array(maxSourceFileBytes);
    for (let at = 0; at + line.length <= bytes.length; at += line.length) bytes.set(line, at);
    bytes.fill(0x20, bytes.length - (bytes.length % line.length));
    const result = timed(() => decodeSourceFile(bytes), maxHugeCallMs);
    expect(result.ok).toBe(true);
  });

  it('decodes a single 1 MB line', () => {
    const bytes = utf8('業'.repeat(350_000));
    expect(bytes.length).toBeGreaterThan(1024 * 1024);
    const result = timed(() => decodeSourceFile(bytes), maxHugeCallMs);
    expect(result).toEqual({ ok: true, text: '業'.repeat(350_000) });
  });
});
