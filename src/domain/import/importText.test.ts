import { describe, expect, it } from 'vitest';
import proposal from '../../../source-text/industrial-internet-proposal.txt?raw';
import { importText } from './importText';

describe('importText on the proposal', () => {
  const { segments, cleaning } = importText(proposal);

  it('makes one segment per non-empty line', () => {
    expect(segments).toHaveLength(40);
    expect(segments.map((segment) => segment.order)).toEqual([...Array(40).keys()]);
  });

  it('removes all 288 pinyin artifacts and keeps them as readings', () => {
    expect(cleaning.readingsRemoved).toBe(288);
    expect(segments.flatMap((segment) => segment.readings)).toHaveLength(288);
    for (const segment of segments) {
      expect(segment.source).not.toMatch(/\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u);
    }
    const title = segments[0];
    expect(title?.source).toBe('關于“產業互聯網”,馬化騰兩會建議了啥?');
    expect(title?.readings[0]).toEqual({ offset: 4, length: 1, reading: 'yè' });
    expect(title?.source.slice(4, 5)).toBe('業');
  });

  it('keeps the genuine parenthesis of the disclaimer', () => {
    expect(segments.some((segment) => segment.source.startsWith('(免責聲明:'))).toBe(true);
  });

  it('marks the title and the indented lines as headings', () => {
    const headings = segments.filter((segment) => segment.kind === 'heading');
    expect(headings[0]?.order).toBe(0);
    expect(headings.map((segment) => segment.source)).toContain('為什么要發展產業互聯網?');
    const indented = proposal.split('\n').filter((line) => /^\s+\S/.test(line));
    expect(headings).toHaveLength(indented.length + 1);
    expect(segments[1]?.kind).toBe('paragraph');
  });

  it('gives the same ids to the same text', () => {
    expect(importText(proposal).segments.map((segment) => segment.id)).toEqual(
      segments.map((segment) => segment.id),
    );
    expect(new Set(segments.map((segment) => segment.id)).size).toBe(40);
  });

  it('stores sentence boundaries ending at each segment length', () => {
    for (const segment of segments) expect(segment.sentenceEnds.at(-1)).toBe(segment.source.length);
    const third = segments[3];
    expect(third?.sentenceEnds.length).toBeGreaterThan(1);
  });
});

describe('importText', () => {
  it('numbers repeated paragraphs so ids stay unique', () => {
    const ids = importText('同一段。\n同一段。').segments.map((segment) => segment.id);
    expect(ids[1]).toBe(`${ids[0]}-1`);
  });

  it('handles CRLF, a BOM and blank lines', () => {
    const { segments } = importText('\uFEFF標題\r\n\r\n第一段。\r\n  \r\n');
    expect(segments.map((segment) => segment.source)).toEqual(['標題', '第一段。']);
  });

  it('reads markdown headings and drops emphasis markers', () => {
    const { segments } = importText(
      '# 標題\n這是**重要**的一段很長的文字，用來確認它不是標題而是段落。',
      {
        markdown: true,
      },
    );
    expect(segments.map((segment) => [segment.kind, segment.source])).toEqual([
      ['heading', '標題'],
      ['paragraph', '這是重要的一段很長的文字，用來確認它不是標題而是段落。'],
    ]);
  });

  it('returns no segment for text without content', () => {
    expect(importText(' \n\n\t').segments).toEqual([]);
  });
});
