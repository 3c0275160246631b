import fc from 'fast-check';
import { expect } from 'vitest';

/**
 * Shared conventions of the parser fuzz tests (`*.fuzz.test.ts`): the product promises at least
 * 1,000 generated and at least 1,000 mutated inputs per parser and run, and no single call
 * taking a second or more.
 */
export const fuzzRuns = 1000;
export const maxCallMs = 1000;
/**
 * Bound for the huge-input tests (50 MB, a 1 MB line, 100,000 paragraphs): those that are not
 * refused outright take a few hundred milliseconds, and the margin keeps a loaded two-core CI
 * machine from failing them; a freeze would still be caught.
 */
export const maxHugeCallMs = 5000;

/**
 * Runs one parser call and fails the property when it takes longer than its bound. A hang
 * cannot be interrupted from inside the same thread, so this is the bound every input must stay
 * within, not a timeout; vitest's own test timeout catches a true infinite loop.
 */
export function timed<T>(call: () => T, boundMs = maxCallMs): T {
  const start = performance.now();
  const result = call();
  const elapsed = performance.now() - start;
  expect(elapsed, 'one parser call took too long').toBeLessThan(boundMs);
  return result;
}

/** One edit of a sequence; positions are fractions so the same edit fits any length. */
type Edit<T> =
  | { kind: 'delete'; at: number; length: number }
  | { kind: 'insert'; at: number; items: T[] }
  | { kind: 'duplicate'; at: number; length: number; times: number }
  | { kind: 'replace'; at: number; item: T }
  | { kind: 'truncate'; at: number }
  | { kind: 'swap'; at: number; other: number };

// Not fc.double: it favours 0 and other extremes, which would truncate most documents to nothing.
const fraction = fc.integer({ min: 0, max: 999_999 }).map((value) => value / 1_000_000);

function edits<T>(item: fc.Arbitrary<T>, insertion: fc.Arbitrary<T[]>): fc.Arbitrary<Edit<T>[]> {
  const edit: fc.Arbitrary<Edit<T>> = fc.oneof(
    fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.nat(64) }),
    fc.record({ kind: fc.constant('insert' as const), at: fraction, items: insertion }),
    fc.record({
      kind: fc.constant('duplicate' as const),
      at: fraction,
      length: fc.integer({ min: 1, max: 200 }),
      times: fc.integer({ min: 1, max: 4 }),
    }),
    fc.record({ kind: fc.constant('replace' as const), at: fraction, item }),
    fc.record({ kind: fc.constant('truncate' as const), at: fraction }),
    fc.record({ kind: fc.constant('swap' as const), at: fraction, other: fraction }),
  );
  // Mostly one or two edits, so a good share of results still parses and the code past the
  // syntax checks is exercised too; sometimes many, for compound damage.
  return fc.oneof(
    { arbitrary: fc.array(edit, { minLength: 1, maxLength: 2 }), weight: 3 },
    { arbitrary: fc.array(edit, { minLength: 3, maxLength: 8 }), weight: 1 },
  );
}

function applyEdits<T>(valid: readonly T[], list: readonly Edit<T>[]): T[] {
  let items = [...valid];
  for (const edit of list) {
    const at = Math.floor(edit.at * (items.length + 1));
    switch (edit.kind) {
      case 'delete':
        items.splice(at, Math.max(1, edit.length));
        break;
      case 'insert':
        items.splice(at, 0, ...edit.items);
        break;
      case 'duplicate': {
        const chunk = items.slice(at, at + edit.length);
        items.splice(at, 0, ...Array.from({ length: edit.times }, () => chunk).flat());
        break;
      }
      case 'replace':
        if (at < items.length) items[at] = edit.item;
        break;
      case 'truncate':
        items = items.slice(0, at);
        break;
      case 'swap': {
        const other = Math.floor(edit.other * items.length);
        const first = items[at];
        const second = items[other];
        if (first !== undefined && second !== undefined) {
          items[at] = second;
          items[other] = first;
        }
        break;
      }
    }
  }
  return items;
}

// Characters that mean something to one of the formats read here, so insertions hit the
// parsers' edge cases more often than random letters would.
const syntax = [
  '<',
  '>',
  '</',
  '/>',
  '<?',
  '?>',
  '<!--',
  '-->',
  '<![CDATA[',
  ']]>',
  '<!DOCTYPE x>',
  '&',
  '&amp;',
  '&#0;',
  '&#xD800;',
  '&bogus;',
  '=',
  '"',
  "'",
  'xmlns=',
  'xml:lang="zh"',
  ':',
  ',',
  ';',
  '|',
  '\t',
  '\n',
  '\r',
  '\r\n',
  '\u0000',
  '\uFEFF',
  '\uD800',
  '\uDC00',
  '{',
  '}',
  '[',
  ']',
  'null',
  '-1',
  '1e999',
  'NaN',
  '"__proto__"',
  '\\',
  '\\u0000',
  '#',
  '# ',
  '**',
  '__',
  '。',
  '！',
  '？',
  '「',
  '」',
  '“',
  '”',
  '"',
  '業(yè)',
  '(',
  ')',
  '…',
  '\u3000',
  ' ',
];

/** Text fragments: format syntax, arbitrary code units (lone surrogates too) and Chinese. */
export const fragment: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...syntax),
  fc.string({ unit: 'binary', maxLength: 8 }),
  fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
    maxLength: 4,
  }),
  fc.string({ unit: fc.constantFrom('產', '業', '互', '聯', '網', '数', '字'), maxLength: 6 }),
);

/**
 * A valid document after random deletions, insertions, duplications, replaced characters,
 * swaps and truncations, applied to UTF-16 code units (so surrogate pairs may be split).
 */
export function mutatedText(valid: string): fc.Arbitrary<string> {
  const units = valid.split('');
  const item = fragment.map((text) => text.slice(0, 1) || ' ');
  const insertion = fc
    .oneof({ arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }), weight: 2 }, fragment)
    .map((text) => text.split(''));
  return edits(item, insertion).map((list) => applyEdits(units, list).join(''));
}

/** Byte-level counterpart of `mutatedText`: byte flips instead of replaced characters. */
export function mutatedBytes(valid: Uint8Array): fc.Arbitrary<Uint8Array> {
  const byte = fc.integer({ min: 0, max: 255 });
  const insertion = fc.oneof(
    fc.array(byte, { maxLength: 8 }),
    fragment.map((text) => [...new TextEncoder().encode(text)]),
    fc.constantFrom<number[]>(
      [0xef, 0xbb, 0xbf],
      [0xff, 0xfe],
      [0xfe, 0xff],
      [0xc0, 0x80],
      [0xed, 0xa0, 0x80],
    ),
  );
  return fc
    .tuple(edits(byte, insertion), fc.array(fc.tuple(fraction, fc.integer({ min: 1, max: 255 }))))
    .map(([list, flips]) => {
      const bytes = applyEdits([...valid], list);
      for (const [at, mask] of flips) {
        const index = Math.floor(at * bytes.length);
        const value = bytes[index];
        if (value !== undefined) bytes[index] = value ^ mask;
      }
      return Uint8Array.from(bytes);
    });
}
