import { glossaryEntry } from '../../../test/helpers/glossaryEntry';
import { describe, expect, it } from 'vitest';
import { checkTerminology } from './checkTerminology';

const entry = glossaryEntry;

const entries = new Map(
  [
    entry('ii', '產業互聯網', ['industrial internet', 'industrial Internet'], 'preferred'),
    entry('bad', '產業互聯網', ['Internet+ industry'], 'forbidden'),
    entry('de', '數字經濟', ['digital economy'], 'preferred'),
  ].map((e) => [e.id, e]),
);
const found = [
  { start: 0, end: 5, entryIds: ['ii', 'bad'] },
  { start: 6, end: 10, entryIds: ['de'] },
];

describe('checkTerminology', () => {
  it('accepts inflected uses of the targets', () => {
    expect(
      checkTerminology(found, 'Industrial internets grow digital economies.', entries),
    ).toEqual([]);
  });

  it('flags a term whose English is missing', () => {
    expect(checkTerminology(found, 'Industrial internet and the online economy.', entries)).toEqual(
      [{ kind: 'missing', entryId: 'de', source: '數字經濟', expected: ['digital economy'] }],
    );
  });

  it('flags a forbidden target', () => {
    expect(
      checkTerminology(found, 'The Internet+ industry and the digital economy.', entries),
    ).toEqual([
      {
        kind: 'missing',
        entryId: 'ii',
        source: '產業互聯網',
        expected: ['industrial internet', 'industrial Internet'],
      },
      { kind: 'forbidden', entryId: 'bad', source: '產業互聯網', used: 'Internet+ industry' },
    ]);
  });

  it('leaves untranslated segments alone', () => {
    expect(checkTerminology(found, '  ', entries)).toEqual([]);
  });
});
