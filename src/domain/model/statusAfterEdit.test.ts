import { describe, expect, it } from 'vitest';
import { statusAfterEdit } from './statusAfterEdit';

describe('statusAfterEdit', () => {
  it.each([
    ['untranslated', 'Hello', 'draft'],
    ['draft', 'Hello', 'draft'],
    ['translated', 'Hello again', 'draft'],
    ['reviewed', 'Hello again', 'draft'],
    ['do-not-translate', 'Hello', 'do-not-translate'],
    ['draft', '  ', 'untranslated'],
    ['untranslated', '', 'untranslated'],
    ['reviewed', '', 'untranslated'],
    ['translated', ' ', 'untranslated'],
  ] as const)('%s edited to %j becomes %s', (current, text, expected) => {
    expect(statusAfterEdit(current, text)).toBe(expected);
  });
});
