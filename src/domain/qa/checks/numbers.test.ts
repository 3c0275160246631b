import { describe, expect, it } from 'vitest';
import { qaSegment } from '../../../../test/helpers/qaSegment';
import { numbersCheck } from './numbers';

const check = (source: string, english: string) => numbersCheck.check(qaSegment(source, english));

describe('numbers check', () => {
  it.each([
    ['90億', 'nine billion'],
    ['90億', '9 billion'],
    ['90億', '9bn'],
    ['90億', '9 bn'],
    ['90億', '9,000,000,000'],
    ['3.5萬', '35,000'],
    ['3.5萬', 'thirty-five thousand'],
    ['一千二百人', '1,200 people'],
    ['一千二百人', 'twelve hundred people'],
    ['一千零五', 'a thousand and five'],
    ['三億五千萬', '350 million'],
    ['1.5兆元', '1.5 trillion yuan'],
    ['一萬億元', '1 trillion yuan'],
    ['百分之三十', '30%'],
    ['百分之三十', 'thirty per cent'],
    ['增長30%', 'grew by 30 percent'],
    ['增長3-5%', 'grew by 3-5%'],
    ['第一', 'first'],
    ['第11屆', 'the 11th'],
    ['第11屆', 'the eleventh'],
    ['建議一:加強頂層設計', 'Proposal 1: Strengthen top-level design'],
    ['建議一:加強頂層設計', 'Proposal One: Strengthen top-level design'],
    ['建議二:加快推進云計算', 'Proposal 2: Accelerate cloud computing'],
    ['建議一:加強頂層設計', 'Proposal I: Strengthen top-level design'],
    ['建議四:創新推動', 'Proposal IV: Promote through innovation'],
    ['第十四章', 'Chapter XIV'],
    ['3至5萬人', '30,000 to 50,000 people'],
    ['3至5萬人', 'between 30,000 and 50,000 people'],
    ['三至五萬人', '30,000-50,000 people'],
    ['3萬至5萬人', '30,000-50,000 people'],
    ['三四個', 'three or four'],
    ['十多個國家', 'more than ten countries'],
    ['十多個國家', 'over a dozen countries'],
    ['二十多年', 'more than two decades'],
    ['七份書面建議', 'seven written proposals'],
    ['七份書面建議', '7 written proposals'],
    ['十一個核心點', 'eleven key points'],
    ['六項舉措', 'six measures'],
    ['兩個方面', 'two aspects'],
    ['兩次', 'twice'],
    ['下一個20年', 'the next 20 years'],
    ['下一個20年', 'the next twenty years'],
    ['2020兩會在即', 'With the 2020 Two Sessions about to open'],
    ['5G網絡', '5G networks'],
    ['九〇後', 'the post-90s generation'],
    ['十九大', 'the 19th Party Congress'],
    ['一百年', 'a century'],
    ['三大任務', 'three major tasks'],
    ['2020年第一季度', 'the first quarter of 2020'],
    ['2020年第一季度', 'Q1 2020'],
    ['三分之一的企業', 'a third of companies'],
    ['三分之一的企業', 'one third of companies'],
    ['三分之一的企業', '1/3 of companies'],
    ['三分之二的企業', 'two-thirds of companies'],
    ['四分之三的用戶', 'three quarters of users'],
    ['二分之一', 'half'],
    ['十分之一的預算', 'a tenth of the budget'],
    ['三成企業', '30% of companies'],
    ['三成企業', 'thirty per cent of companies'],
    ['七成以上的中小企業', 'over 70 percent of SMEs'],
    ['“十四五”規劃', 'the 14th Five-Year Plan'],
    ['“十四五”期間', 'during the 14th Five-Year Plan period'],
    ['“十四五”規劃提出三項任務', 'the 14th Five-Year Plan sets out three tasks'],
    ['“十四五”規劃', 'the coming five-year plan'],
    // How the English is read into numbers: separators, decimals, spaces of every kind.
    ['12,345.5元', 'RMB 12,345.5'],
    ['90億', '9\u00a0billion'],
    ['七份', 'seven\u2009written proposals'],
    ['增長30%', 'grew by 30%.'],
    ['七項', '(7) tasks'],
    ['第11屆', '11th,'],
    ['2.5億', '250 million'],
    ['0.5%', 'half a per cent, 0.5%'],
    ['1200人', '1,200,'],
  ])('%s is carried by %j', (source, english) => {
    expect(check(source, english)).toEqual([]);
  });

  // Numerals that are prose, not quantities: nothing to find in the English.
  it.each([
    ['進一步推動數據開放共享', 'further promote the opening and sharing of data'],
    ['构建起一套“数字免疫系统”', 'build a “digital immune system”'],
    ['帶你一文回顧建議內容', 'a look back at the proposal'],
    ['經過一年多的發展', 'after more than a year of development'],
    ['一些企業', 'some companies'],
    ['一起努力', 'work together'],
    ['統一運行管理', 'unified operation and management'],
    ['唯一的途徑', 'the only way'],
    ['區域一體化', 'regional integration'],
    ['馬化騰兩會建議了啥', 'What did Pony Ma propose at the NPC and CPPCC sessions'],
    ['兩者緊密相連', 'they are closely linked'],
    ['新一輪科技革命', 'a new round of the scientific revolution'],
    ['面向下一個時代', 'looking ahead to the next era'],
    ['十分重要', 'very important'],
    ['萬一出現問題', 'in case a problem arises'],
    ['數百家企業', 'hundreds of companies'],
    ['百花齊放、云開千朵', 'let cloud platforms of every kind flourish'],
    ['第三方自媒體作者', 'external self-media authors'],
    ['兩岸交流', 'cross-Strait exchanges'],
    ['三成員國', 'the member states'],
    ['一成不變', 'unchanging'],
    ['千萬不要放棄', 'never give up'],
    ['中國是最大的市場之一', 'China is among the largest markets'],
    ['第二天就發布了', 'was released the next day'],
    ['第一時間響應', 'responded immediately'],
    ['五四運動', 'the May Fourth Movement'],
    ['這個問題要一分為二地看', 'the question has two sides'],
    ['獨一無二', 'unique'],
    ['問題接二連三,', 'problems came one after another,'],
    ['“十四五”規劃', 'the 14th Five-Year Plan'],
  ])('%s holds no number', (source, english) => {
    expect(check(source, english)).toEqual([]);
  });

  it.each([
    [
      '七份書面建議',
      'six written proposals',
      { source: '七份', expected: '7 / seven', found: 'six' },
    ],
    [
      '通過十一個核心點',
      'in ten core points',
      { source: '十一個', expected: '11 / eleven', found: 'ten' },
    ],
    [
      '提出了八項重點任務',
      'sets out seven key tasks',
      { source: '八項', expected: '8 / eight', found: 'seven' },
    ],
    [
      '投資90億元',
      'an investment of 9 million yuan',
      { source: '90億元', expected: '9 billion / 9,000,000,000', found: '9 million' },
    ],
    ['百分之三十', 'thirteen per cent', { source: '百分之三十', expected: '30%' }],
    [
      '建議二:加快推進',
      'Proposal 3: Accelerate',
      { source: '二', expected: '2 / two', found: '3' },
    ],
    ['第一', 'second', { source: '第一', expected: '1st / first', found: 'second' }],
    ['建議一:加強頂層設計', 'I strengthen top-level design', { source: '一', expected: '1 / one' }],
    ['2020兩會在即', 'With the Two Sessions about to open', { source: '2020', expected: '2020' }],
    ['3.5萬', '3,500', { source: '3.5萬', expected: '35,000', found: '3,500' }],
    ['三分之一的企業', 'a quarter of companies', { source: '三分之一', found: 'a quarter' }],
    ['三成企業', '3% of companies', { source: '三成', expected: '30%', found: '3%' }],
    ['“十四五”規劃提出三項任務', 'the plan sets out tasks', { source: '三項' }],
    // 1,2345 is 1,234 followed by 5, as a reader would take it, not 12,345.
    ['12345人', '1,2345 people', { source: '12345人', expected: '12,345' }],
    ['3.5萬', '3.5 thousand', { source: '3.5萬', expected: '35,000', found: '3.5 thousand' }],
  ])('%s → %j is caught', (source, english, params) => {
    const issues = check(source, english);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      check: 'numbers',
      severity: 'error',
      message: 'found' in params ? 'qa.messages.numbers.wrong' : 'qa.messages.numbers.missing',
      params,
    });
  });

  it('highlights the source numeral and the wrong English number', () => {
    const source = '今年計劃提交七份書面建議';
    const english = 'plans to submit six written proposals this year';
    const [issue] = check(source, english);
    expect(issue?.ranges).toEqual([
      { field: 'source', start: source.indexOf('七'), end: source.indexOf('七') + 1 },
      { field: 'translation', start: english.indexOf('six'), end: english.indexOf('six') + 3 },
    ]);
    expect(issue?.key).toBe('numbers:seg:n7');
  });

  it('needs one English number for each source number', () => {
    const issues = check('七份建議和七項任務', 'seven proposals and the tasks');
    expect(issues).toHaveLength(1);
    expect(issues[0]?.ranges).toEqual([{ field: 'source', start: 5, end: 6 }]);
  });

  it('leaves the digits of a date to the dates check', () => {
    expect(check('2023年6月15日,騰訊發布了新戰略', 'On 15 July 2023, Tencent announced')).toEqual(
      [],
    );
    expect(check('到2025年', 'by 2024')).toEqual([]);
  });

  it('raises nothing for empty English or a segment kept as it is', () => {
    expect(numbersCheck.check(qaSegment('七份', '', { status: 'untranslated' }))).toEqual([]);
    expect(numbersCheck.check(qaSegment('七份', 'x', { status: 'do-not-translate' }))).toEqual([]);
  });
});
