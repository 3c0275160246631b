import { beforeAll, describe, expect, it } from 'vitest';
import { makeCharFold, type CharFold } from '../glossary/charFold';
import { loadScriptConverter } from '../script/convertScript';
import { compileFind, defaultFindOptions, type FindOptions } from './findPattern';

let fold: CharFold;
beforeAll(async () => {
  fold = makeCharFold(await loadScriptConverter('zh-Hans'));
});

const options = (set: Partial<FindOptions> = {}): FindOptions => ({
  ...defaultFindOptions,
  ...set,
});

function found(query: string, text: string, set: Partial<FindOptions> = {}, folded = false) {
  const pattern = compileFind(query, options(set), folded ? fold : undefined);
  if (!pattern.ok) throw new Error(`not compiled: ${pattern.reason}`);
  return pattern.find(text).map((match) => text.slice(match.start, match.end));
}

const english =
  "The Internet economy: the industrial internet, Internet-based services and the internet's reach.";

describe('finding in English', () => {
  it.each([
    ['Internet', {}, ['Internet', 'internet', 'Internet', 'internet']],
    ['Internet', { matchCase: true }, ['Internet', 'Internet']],
    ['internet', { matchCase: true }, ['internet', 'internet']],
    ['net', {}, ['net', 'net', 'net', 'net']],
    ['net', { wholeWords: true }, []],
    ['internet', { wholeWords: true }, ['Internet', 'internet', 'Internet', 'internet']],
    ['the', { wholeWords: true }, ['The', 'the', 'the']],
    ['the', { wholeWords: true, matchCase: true }, ['the', 'the']],
    ['in(ter)?net', { regularExpression: true }, ['Internet', 'internet', 'Internet', 'internet']],
    [
      '\\bi\\w+',
      { regularExpression: true, matchCase: true },
      ['industrial', 'internet', 'internet'],
    ],
    ['e.', {}, []],
    ['(', {}, []],
    ["internet's", {}, ["internet's"]],
  ] as const)('%j with %j finds %j', (query, set, expected) => {
    expect(found(query, english, set)).toEqual(expected);
  });

  it('takes regular-expression syntax literally when the option is off', () => {
    expect(found('a.c', 'abc a.c', {})).toEqual(['a.c']);
    expect(found('a.c', 'abc a.c', { regularExpression: true })).toEqual(['abc', 'a.c']);
    expect(found('[x]', 'x [x]', {})).toEqual(['[x]']);
  });

  it('skips empty matches and matches across lines', () => {
    expect(found('x*', 'ab xx', { regularExpression: true })).toEqual(['xx']);
    expect(found('^', 'ab', { regularExpression: true })).toEqual([]);
    expect(found('end\\s+Start', 'the end\nStart', { regularExpression: true })).toEqual([]);
    expect(found('end\\s+Start', 'the end  Start', { regularExpression: true })).toEqual([
      'end  Start',
    ]);
  });

  it('reports an empty query and an invalid regular expression instead of throwing', () => {
    expect(compileFind('', options())).toEqual({ ok: false, reason: 'empty' });
    const invalid = compileFind('(unclosed', options({ regularExpression: true }));
    expect(invalid.ok).toBe(false);
    if (!invalid.ok && invalid.reason === 'invalidRegularExpression')
      expect(invalid.message).toMatch(/unclosed|Unterminated|group/i);
    else throw new Error('expected an invalid regular expression');
    expect(compileFind('[z-a]', options({ regularExpression: true })).ok).toBe(false);
    expect(compileFind('(unclosed', options()).ok).toBe(true);
  });
});

describe('whole words next to Chinese', () => {
  it.each([
    ['互聯網', '產業互聯網是數字經濟', ['互聯網']],
    ['5G', '推進5G網絡建設', ['5G']],
    ['5G', '推進5GB網絡建設', []],
    ['AI', '人工智能(AI)和AIGC', ['AI']],
    ['騰訊', '騰訊董事會主席', ['騰訊']],
  ] as const)('%j in %j finds %j', (query, text, expected) => {
    expect(found(query, text, { wholeWords: true })).toEqual(expected);
  });
});

describe('finding in the source, script-insensitive', () => {
  const source = '馬化騰今年計劃提交七份書面建議，涉及產業互聯網、鄉村振興、金融科技';
  it.each([
    ['产业互联网', {}, ['產業互聯網']],
    ['產業互聯網', {}, ['產業互聯網']],
    ['乡村振兴', { wholeWords: true }, ['鄉村振興']],
    ['金融.技', { regularExpression: true }, ['金融科技']],
    ['[乡鄉]村', { regularExpression: true }, ['鄉村']],
    ['马化腾|产业', { regularExpression: true }, ['馬化騰', '產業']],
    ['，', {}, ['，']],
  ] as const)('%j with %j finds %j', (query, set, expected) => {
    expect(found(query, source, set, true)).toEqual(expected);
  });

  it('matches full-width Latin letters and digits, keeping Match case', () => {
    const text = '推進ＡＩ和5Ｇ，ai應用';
    expect(found('AI', text, {}, true)).toEqual(['ＡＩ', 'ai']);
    expect(found('AI', text, { matchCase: true }, true)).toEqual(['ＡＩ']);
    expect(found('5g', text, {}, true)).toEqual(['5Ｇ']);
  });
});
