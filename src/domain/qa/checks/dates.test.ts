import { describe, expect, it } from 'vitest';
import { qaSegment } from '../../../../test/helpers/qaSegment';
import { datesCheck } from './dates';
import { numbersCheck } from './numbers';

const check = (source: string, english: string) => datesCheck.check(qaSegment(source, english));

describe('dates check', () => {
  it.each([
    ['2018年9月30日,騰訊宣布', 'On 30 September 2018, Tencent announced'],
    ['2018年9月30日,騰訊宣布', 'On September 30, 2018, Tencent announced'],
    ['2018年9月30日,騰訊宣布', 'On 2018-09-30 Tencent announced'],
    ['2018年9月30日,騰訊宣布', 'On 30 Sept 2018, Tencent announced'],
    ['2018年9月30日,騰訊宣布', 'On 30 Sept. 2018, Tencent announced'],
    ['2018年9月30日,騰訊宣布', 'On the 30th of September 2018, Tencent announced'],
    ['2018年9月30日,騰訊宣布', 'On September 30th, 2018, Tencent announced'],
    ['二〇一八年九月三十日', '30 September 2018'],
    ['2018年9月', 'in September 2018'],
    ['9月30日', 'on 30 September'],
    ['十二月', 'in December'],
    ['2020年', 'in 2020'],
    ['二〇二〇年', 'in 2020'],
    ['到2025年', 'by 2025'],
    ['2020年代', 'the 2020s'],
    ['2020年將發布', 'will be released in March 2020'],
    ['2018年9月30日,騰訊宣布', 'On 30/09/2018 Tencent announced'],
    ['2018年9月30日,騰訊宣布', 'On 09/30/2018 Tencent announced'],
    ['2018年9月30日,騰訊宣布', 'On 30.09.2018 Tencent announced'],
    // Day and month both 12 or less: either reading will do.
    ['2019年5月6日', 'on 06/05/2019'],
    ['2019年5月6日', 'on 05/06/2019'],
  ])('%s is carried by %j', (source, english) => {
    expect(check(source, english)).toEqual([]);
  });

  it.each([
    [
      '2023年6月15日,騰訊發布了新戰略',
      'On 15 July 2023, Tencent announced a new strategy',
      { source: '2023年6月15日', expected: '15 June 2023', found: '15 July 2023' },
    ],
    ['到2025年', 'by 2024', { source: '2025年', expected: '2025', found: '2024' }],
    [
      '2018年9月30日',
      'On 30 September 2019',
      { source: '2018年9月30日', expected: '30 September 2018', found: '30 September 2019' },
    ],
    ['2018年9月30日', 'At the end of September', { source: '2018年9月30日' }],
    ['二〇一八年', 'in 2019', { source: '二〇一八年', expected: '2018', found: '2019' }],
    ['2018年', 'last year', { source: '2018年', expected: '2018' }],
    [
      '2018年9月30日',
      'On 30/08/2018',
      { source: '2018年9月30日', expected: '30 September 2018', found: '30/08/2018' },
    ],
    ['9月', 'in October', { source: '9月', expected: 'September', found: 'October' }],
  ])('%s → %j is caught', (source, english, params) => {
    const issues = check(source, english);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      check: 'dates',
      severity: 'error',
      message: 'found' in params ? 'qa.messages.dates.wrong' : 'qa.messages.dates.missing',
      params,
    });
  });

  it('highlights the source date and the wrong English date, once', () => {
    const source = '2023年6月15日,騰訊發布';
    const english = 'On 15 July 2023, Tencent announced';
    const segment = qaSegment(source, english);
    const [issue] = datesCheck.check(segment);
    expect(issue?.ranges).toEqual([
      { field: 'source', start: 0, end: 10 },
      { field: 'translation', start: 3, end: 15 },
    ]);
    expect(issue?.key).toBe('dates:seg:2023-6-15');
    // The same mistake is not reported again as a number.
    expect(numbersCheck.check(segment)).toEqual([]);
  });

  it('does not take a number of years for a year', () => {
    expect(check('面向下一個20年發展', 'for the next 20 years')).toEqual([]);
  });
});
