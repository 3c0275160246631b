import { describe, expect, it } from 'vitest';
import { loadScriptConverter } from './convertScript';

describe('loadScriptConverter', () => {
  it.each([
    ['original', '產業互聯網 數據中臺', '產業互聯網 數據中臺'],
    ['zh-Hans', '產業互聯網 數據中臺', '产业互联网 数据中台'],
    ['zh-Hant-TW', '产业互联网 关于', '產業互聯網 關於'],
    ['zh-Hant-HK', '数据中台 里面', '數據中台 裏面'],
  ] as const)('shows %s', async (view, input, expected) => {
    const convert = await loadScriptConverter(view);
    expect(convert(input)).toBe(expected);
  });

  it('keeps the length of the proposal text, so readings stay aligned', async () => {
    const convert = await loadScriptConverter('zh-Hans');
    const text = '關于“產業互聯網”,馬化騰兩會建議了啥?';
    expect(convert(text)).toHaveLength(text.length);
  });
});
