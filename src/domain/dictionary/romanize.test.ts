import { describe, expect, it } from 'vitest';
import { nameRomanization, toneMarkedPinyin } from './romanize';

describe('pinyin for any text', () => {
  it.each([
    ['馬化騰', 'mǎ huà téng'],
    ['马化腾', 'mǎ huà téng'],
    ['加快工業互聯網發展', 'jiā kuài gōng yè hù lián wǎng fā zhǎn'],
    ['云計算AI', 'yún jì suàn AI'],
  ])('%s → %s', (text, reading) => {
    expect(toneMarkedPinyin(text)).toBe(reading);
  });
});

describe('names as English writes them', () => {
  it.each([
    ['馬化騰', 'Ma Huateng'],
    ['马化腾', 'Ma Huateng'],
    ['李彥宏', 'Li Yanhong'],
    // Surnames read as surnames.
    ['曾國藩', 'Zeng Guofan'],
    ['单雄信', 'Shan Xiongxin'],
    // Two-character surnames stay whole.
    ['歐陽修', 'Ouyang Xiu'],
    ['司马光', 'Sima Guang'],
  ])('%s → %s', (text, name) => {
    expect(nameRomanization(text)).toBe(name);
  });

  it.each(['馬', '加快工業互聯網發展', 'Tencent', '馬 化騰'])(
    'gives no name form for %s',
    (text) => {
      expect(nameRomanization(text)).toBeNull();
    },
  );
});
