import { beforeAll, describe, expect, it } from 'vitest';
import { loadScriptConverter } from '../script/convertScript';
import { makeCharFold, type CharFold } from './charFold';
import { TermMatcher } from './TermMatcher';

let fold: CharFold;
beforeAll(async () => {
  fold = makeCharFold(await loadScriptConverter('zh-Hans'));
});

function matcherWith(terms: Record<string, string>): TermMatcher {
  const matcher = new TermMatcher(fold);
  matcher.setTerms(Object.entries(terms).map(([id, source]) => ({ id, source })));
  return matcher;
}

const spans = (text: string, matcher: TermMatcher) =>
  matcher.find(text).map(({ start, end, entryIds }) => [text.slice(start, end), entryIds]);

describe('TermMatcher', () => {
  it('matches a Simplified term in Traditional text and the other way round', () => {
    const matcher = matcherWith({ a: '产业互联网', b: '數據中臺' });
    expect(spans('發展產業互聯網和数据中台', matcher)).toEqual([
      ['產業互聯網', ['a']],
      ['数据中台', ['b']],
    ]);
  });

  it('lets the longest term win where terms overlap, and the shorter one elsewhere', () => {
    const matcher = matcherWith({ long: '產業互聯網', short: '互聯網' });
    expect(spans('產業互聯網不同於消費互聯網', matcher)).toEqual([
      ['產業互聯網', ['long']],
      ['互聯網', ['short']],
    ]);
  });

  it('maps offsets back exactly, also after characters outside the BMP', () => {
    const matcher = matcherWith({ a: '互聯網' });
    const text = '𠀀𠀁 互联网';
    const [occurrence] = matcher.find(text);
    expect(occurrence).toEqual({ start: 5, end: 8, entryIds: ['a'] });
  });

  it.each(['（試行）', 'C++', 'a?b', '[1]', '.*', '\\d+'])(
    'handles the term %j literally',
    (term) => {
      const matcher = matcherWith({ a: term });
      expect(spans(`前${term}後 ab 1 xx`, matcher)).toEqual([[term, ['a']]]);
    },
  );

  it('is case-insensitive and width-insensitive for Latin terms', () => {
    const matcher = matcherWith({ a: 'LBS' });
    expect(spans('支持ｌｂｓ和lbs', matcher)).toEqual([
      ['ｌｂｓ', ['a']],
      ['lbs', ['a']],
    ]);
  });

  it('reports every entry of a repeated term and follows glossary changes', () => {
    const matcher = matcherWith({ a: '新基建', b: '新基建' });
    expect(spans('推進新基建', matcher)).toEqual([['新基建', ['a', 'b']]]);
    matcher.setTerms([
      { id: 'b', source: '新基建' },
      { id: 'c', source: '推進' },
    ]);
    expect(spans('推進新基建', matcher)).toEqual([
      ['推進', ['c']],
      ['新基建', ['b']],
    ]);
    matcher.setTerms([]);
    expect(matcher.find('推進新基建')).toEqual([]);
  });
});
