import { describe, expect, it } from 'vitest';
import { qaSegment } from '../../../../test/helpers/qaSegment';
import type { QaSegment } from '../types';
import { punctuationCheck } from './punctuation';

const check = (source: string, english: string, overrides: Partial<QaSegment> = {}) =>
  punctuationCheck.check(qaSegment(source, english, overrides));

const found = (source: string, english: string, overrides: Partial<QaSegment> = {}) =>
  check(source, english, overrides).map((issue) => [issue.message, issue.params.found ?? null]);

describe('punctuation check', () => {
  it.each([
    ['產業互聯網是重要動力。', 'The industrial internet is an important driving force.'],
    ['馬化騰兩會建議了啥?', 'What did Pony Ma propose at the Two Sessions?'],
    ['太好了！', 'Excellent.'],
    ['“數字免疫系統”', '“Digital Immune System”'],
    ['建議一:加強頂層設計', 'Proposal 1: Strengthen top-level design'],
    [
      '提出《關于加快制定產業互聯網國家戰略的建議》',
      'put forward a “Proposal on a National Strategy”.',
    ],
    [
      '(免責聲明:本網站內容僅供參考。',
      '(Disclaimer: The content of this website is for reference only.',
    ],
    ['溝通刪除相關內容。 )', 'and remove the relevant content.)'],
    ['他說:“走吧。”', 'He said, “Let’s go.”'],
    ['騰訊的發展。', 'Tencent’s development, and the doctors’ sense of fulfilment.'],
    ['等等……', 'and so on…'],
    ['他已經吃過了。', 'He had had lunch.'],
    ['我們知道。', 'We know that that is true.'],
    ['問題在于。', 'The problem is is that it works.'],
    // Words are runs of ASCII letters: these are not the same word twice.
    ['數字經濟。', 'The theory of the thematic economy.'],
    ['數字經濟。', 'The2 the digital economy.'],
    ['數字經濟。', 'The-the digital economy.'],
    // Brackets that balance, of every kind, and those the source leaves open as well.
    ['數字經濟(試點)。', 'The digital economy (pilot) [see {note}].'],
    ['【試點】數字經濟。', '[Pilot] The digital economy.'],
    ['(試點。', '(Pilot [1].'],
  ])('%s → %j raises nothing', (source, english) => {
    expect(check(source, english)).toEqual([]);
  });

  it.each([
    [
      '數字經濟。',
      'The digital economy，and more.',
      'qa.messages.punctuation.cjkPunctuation',
      '，',
    ],
    ['數字經濟。', 'The digital economy。', 'qa.messages.punctuation.cjkPunctuation', '。'],
    ['數字經濟。', 'Cities、villages.', 'qa.messages.punctuation.cjkPunctuation', '、'],
    [
      '《建議》已提交。',
      'The Proposal》 was submitted.',
      'qa.messages.punctuation.cjkPunctuation',
      '》',
    ],
    ['等等……', 'and so on……', 'qa.messages.punctuation.cjkPunctuation', '……'],
    ['數字經濟。', 'Ｔhe digital economy.', 'qa.messages.punctuation.fullWidth', 'Ｔ'],
    ['數字經濟。', 'The 數字 economy.', 'qa.messages.punctuation.han', '數字'],
    ['數字經濟。', 'The (digital economy.', 'qa.messages.punctuation.unbalanced', '('],
    ['數字經濟。', 'The digital economy).', 'qa.messages.punctuation.unbalanced', ')'],
    ['數字經濟。', 'The “digital economy.', 'qa.messages.punctuation.unbalanced', '“'],
    ['數字經濟。', 'The "digital economy.', 'qa.messages.punctuation.unbalanced', '"'],
    ['數字經濟。', 'The ‘digital economy.', 'qa.messages.punctuation.unbalanced', '‘'],
    ['數字經濟。', 'The [digital economy.', 'qa.messages.punctuation.unbalanced', '['],
    ['數字經濟。', 'The digital  economy.', 'qa.messages.punctuation.doubleSpace', null],
    ['數字經濟。', ' The digital economy.', 'qa.messages.punctuation.leadingSpace', null],
    ['數字經濟。', 'The digital economy. ', 'qa.messages.punctuation.trailingSpace', null],
    ['數字經濟。', 'The the digital economy.', 'qa.messages.punctuation.repeatedWord', 'The the'],
    [
      '數字經濟。',
      'Build the digital economy economy.',
      'qa.messages.punctuation.repeatedWord',
      'economy economy',
    ],
    [
      '數字經濟。',
      'The\u00a0the digital economy.',
      'qa.messages.punctuation.repeatedWord',
      'The\u00a0the',
    ],
    [
      '數字經濟。',
      'The digital ECONOMY economy.',
      'qa.messages.punctuation.repeatedWord',
      'ECONOMY economy',
    ],
    ['數字經濟。', 'The digital economy}.', 'qa.messages.punctuation.unbalanced', '}'],
    ['數字經濟(試點)。', 'The digital economy pilot).', 'qa.messages.punctuation.unbalanced', ')'],
    ['數字經濟。', 'The digital economy', 'qa.messages.punctuation.finalMissing', 'y'],
    [
      '為什么要發展產業互聯網?',
      'Why develop the industrial internet.',
      'qa.messages.punctuation.finalDiffers',
      '.',
    ],
    [
      '發展產業互聯網。',
      'Why develop the industrial internet?',
      'qa.messages.punctuation.finalDiffers',
      '?',
    ],
  ])('%s → %j is caught', (source, english, message, what) => {
    expect(found(source, english)).toEqual([[message, what]]);
  });

  it('lets a heading go without a full stop, and flags one gained', () => {
    expect(check('制定國家戰略', 'Formulating a National Strategy', { kind: 'heading' })).toEqual(
      [],
    );
    expect(found('制定國家戰略', 'Formulating a National Strategy.', { kind: 'heading' })).toEqual([
      ['qa.messages.punctuation.finalExtra', '.'],
    ]);
    // A paragraph ending in a title may end with a full stop.
    expect(check('提出《建議》', 'put forward the “Proposal”.')).toEqual([]);
  });

  it('gives one issue per character found, with every place it occurs', () => {
    const english = 'Cities，villages，towns.';
    const [issue] = check('城市、鄉村、城鎮。', english);
    expect(issue?.ranges).toEqual([
      { field: 'translation', start: 6, end: 7 },
      { field: 'translation', start: 15, end: 16 },
    ]);
    expect(issue?.key).toBe('punctuation:seg:cjkPunctuation:，');
    expect(issue?.severity).toBe('warning');
  });

  it('names each kind of bracket left unbalanced', () => {
    expect(found('數字經濟。', 'The digital economy (pilot].')).toEqual([
      ['qa.messages.punctuation.unbalanced', '('],
      ['qa.messages.punctuation.unbalanced', ']'],
    ]);
  });

  it('marks each pair of a word written three times', () => {
    const [issue] = check('數字經濟。', 'the the the economy.');
    expect(issue).toMatchObject({
      key: 'punctuation:seg:repeatedWord:the',
      params: { found: 'the the' },
      ranges: [
        { field: 'translation', start: 0, end: 7 },
        { field: 'translation', start: 4, end: 11 },
      ],
    });
  });

  it('treats Han characters left in the English as an error', () => {
    const [issue] = check('數字經濟。', 'The 數字 economy.');
    expect(issue).toMatchObject({
      severity: 'error',
      ranges: [{ field: 'translation', start: 4, end: 6 }],
    });
  });

  it('raises nothing for empty English or a segment kept as it is', () => {
    expect(check('數字經濟。', '', { status: 'translated' })).toEqual([]);
    expect(check('數字經濟。', '數字經濟。', { status: 'do-not-translate' })).toEqual([]);
  });
});
