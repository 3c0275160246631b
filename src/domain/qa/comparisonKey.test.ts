import { describe, expect, it } from 'vitest';
import { makeCharFold } from '../glossary/charFold';
import { loadScriptConverter } from '../script/convertScript';
import { makeComparisonKey } from './comparisonKey';

const key = makeComparisonKey(makeCharFold(await loadScriptConverter('zh-Hans')));

describe('the consistency check’s comparison key', () => {
  it.each([
    ['產業互聯網。', '产业互联网'],
    ['Industrial Internet.', 'industrial internet'],
    ['“數字經濟”', '数字经济'],
    ['ＡＢＣ　１２３', 'abc123'],
  ])('%j and %j are the same text', (a, b) => {
    expect(key(a)).toBe(key(b));
  });

  it.each([
    ['產業互聯網', '消費互聯網'],
    ['industrial internet', 'industrial internets'],
    ['ab', 'ba'],
    ['a', 'aa'],
  ])('%j and %j are different texts', (a, b) => {
    expect(key(a)).not.toBe(key(b));
  });

  it('is empty for text with nothing but spaces and punctuation', () => {
    expect(key('。 ,(…)')).toBe('');
    expect(key('')).toBe('');
  });

  it('is a short string without lone surrogates, whatever the text', () => {
    for (const text of ['a', '𠀀', 'x'.repeat(100_000), '數'.repeat(40_000)]) {
      const value = key(text);
      expect(value).toHaveLength(8);
      expect(value).toMatch(/^[^\uD800-\uDFFF]+$/);
    }
  });
});
