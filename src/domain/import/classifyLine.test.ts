import { describe, expect, it } from 'vitest';
import { classifyLine } from './classifyLine';

describe('classifyLine', () => {
  it.each([
    ['  為什么要發展產業互聯網?', 3, 'heading'],
    ['\u3000全形空格縮排', 3, 'heading'],
    ['關于“產業互聯網”,馬化騰兩會建議了啥?', 0, 'heading'],
    ['短標題', 4, 'heading'],
    ['通過十一個核心點,帶你一文回顧建議內容:', 5, 'paragraph'],
    ['這是一個句子。', 2, 'paragraph'],
    ['“引號結尾的句子。”', 2, 'paragraph'],
    ['一'.repeat(41), 0, 'paragraph'],
  ] as const)('%j is a %s', (line, index, kind) => {
    expect(classifyLine(line, index)).toBe(kind);
  });
});
