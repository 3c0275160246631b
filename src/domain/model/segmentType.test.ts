import { describe, expect, it } from 'vitest';
import proposal from '../../../source-text/industrial-internet-proposal.txt?raw';
import { importText } from '../import/importText';
import { segmentTypeOf, typeFromMarkdownLevel } from './segmentType';

describe('segment types guessed on import', () => {
  const { segments } = importText(proposal);
  const typeOf = (source: string) =>
    segments.find((segment) => segment.source.startsWith(source))?.type;

  it.each([
    ['關于“產業互聯網”,馬化騰兩會建議了啥?', 'title'],
    ['為什么要發展產業互聯網?', 'heading1'],
    ['“數字免疫系統”', 'heading1'],
    ['建議一:加強頂層設計', 'heading1'],
    ['(免責聲明:', 'paragraph'],
  ])('reads the proposal’s line %s as %s', (source, type) => {
    expect(typeOf(source)).toBe(type);
  });

  it('has one title, the first line, and gives every other heading Heading 1', () => {
    expect(segments.filter((segment) => segment.type === 'title').map((s) => s.order)).toEqual([0]);
    for (const segment of segments.slice(1)) {
      expect(segment.type).toBe(segment.kind === 'heading' ? 'heading1' : 'paragraph');
    }
  });

  it.each([
    ['# 產業互聯網\n正文。', ['title', 'paragraph']],
    ['# 標題\n# 再一個標題', ['title', 'heading1']],
    [
      '# 標題\n## 為什么\n### 六大建議\n#### 數字免疫系統\n##### 更深',
      ['title', 'heading1', 'heading2', 'heading3', 'heading3'],
    ],
    ['# 標題\n> 科技向善。\n正文。', ['title', 'quote', 'paragraph']],
  ])('reads Markdown levels and quotes: %j', (text, types) => {
    expect(importText(text, { markdown: true }).segments.map((segment) => segment.type)).toEqual(
      types,
    );
  });

  it.each([
    [1, true, 'title'],
    [1, false, 'heading1'],
    [2, false, 'heading1'],
    [3, true, 'heading2'],
    [6, false, 'heading3'],
  ] as const)('takes Markdown level %i (first line: %s) as %s', (level, first, type) => {
    expect(typeFromMarkdownLevel(level, first)).toBe(type);
  });

  it.each([
    [{ kind: 'heading', order: 0 }, 'title'],
    [{ kind: 'heading', order: 4 }, 'heading1'],
    [{ kind: 'paragraph', order: 0 }, 'paragraph'],
    [{ kind: 'paragraph', order: 2, type: 'quote' }, 'quote'],
    [{ kind: 'heading', order: 0, type: 'heading3' }, 'heading3'],
  ] as const)('reads a segment stored as %j as %s', (segment, type) => {
    expect(segmentTypeOf(segment)).toBe(type);
  });
});
