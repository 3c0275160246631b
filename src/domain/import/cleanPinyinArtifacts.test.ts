import { describe, expect, it } from 'vitest';
import { cleanPinyinArtifacts } from './cleanPinyinArtifacts';

describe('cleanPinyinArtifacts', () => {
  it('removes the pinyin and keeps it as a reading of the character before it', () => {
    expect(cleanPinyinArtifacts('產業(yè)互聯(lián)網(wǎng)')).toEqual({
      text: '產業互聯網',
      readings: [
        { offset: 1, length: 1, reading: 'yè' },
        { offset: 3, length: 1, reading: 'lián' },
        { offset: 4, length: 1, reading: 'wǎng' },
      ],
    });
  });

  it.each([
    ['a genuine parenthesis', '(免責聲明:本網站內容'],
    ['an abbreviation after Han text', '人工智能(AI)'],
    ['full-width parentheses', '數據(shù)'.replace('(', '（').replace(')', '）')],
    ['latin text before the parenthesis', 'LBS(ok)'],
    ['a long word', '字(abcdefgh)'],
  ])('leaves %s alone', (_name, line) => {
    expect(cleanPinyinArtifacts(line)).toEqual({ text: line, readings: [] });
  });

  it('handles characters outside the BMP', () => {
    expect(cleanPinyinArtifacts('𠀀(qiū)字')).toEqual({
      text: '𠀀字',
      readings: [{ offset: 0, length: 2, reading: 'qiū' }],
    });
  });

  it('accepts numbered tones', () => {
    expect(cleanPinyinArtifacts('業(ye4)').text).toBe('業');
  });
});
