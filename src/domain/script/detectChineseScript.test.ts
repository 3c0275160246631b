import { describe, expect, it } from 'vitest';
import { detectChineseScript } from './detectChineseScript';

describe('detectChineseScript', () => {
  it.each([
    ['產業互聯網是數字經濟發展的高級階段', 'zh-Hant'],
    ['产业互联网是数字经济发展的高级阶段', 'zh-Hans'],
    ['Hello world', 'zh'],
  ] as const)('%s is %s', (text, expected) => {
    expect(detectChineseScript(text)).toBe(expected);
  });
});
