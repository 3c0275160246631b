import type { ReactNode } from 'react';
import type { SourceComment } from '../../domain/comments/sourceComment';

/**
 * The source between two offsets with each commented stretch in a `<mark>` whose title (its
 * accessible description) is the comment. Offsets are the stored source's, and `render` converts
 * each piece on its own, so the marks stay on the same characters in every script view.
 */
export function withCommentMarks(
  start: number,
  end: number,
  comments: readonly SourceComment[] | undefined,
  render: (start: number, end: number) => ReactNode,
): ReactNode {
  const spans = (comments ?? []).flatMap((comment) =>
    comment.span && comment.span.offset < end && comment.span.offset + comment.span.length > start
      ? [{ from: comment.span.offset, to: comment.span.offset + comment.span.length, comment }]
      : [],
  );
  if (spans.length === 0) return render(start, end);
  const cuts = new Set([start, end]);
  for (const { from, to } of spans) {
    if (from > start) cuts.add(from);
    if (to < end) cuts.add(to);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces: ReactNode[] = [];
  points.slice(1).forEach((to, index) => {
    const from = points[index] ?? start;
    const covering = spans.filter((span) => span.from <= from && span.to >= to);
    if (covering.length === 0) {
      pieces.push(render(from, to));
      return;
    }
    pieces.push(
      <mark
        key={`c${from}`}
        className={`comment-mark comment-mark--${covering.some((span) => span.comment.status === 'open') ? 'open' : 'resolved'}`}
        title={covering.map((span) => span.comment.text).join('\n')}
        data-comment-ids={covering.map((span) => span.comment.id).join(' ')}
      >
        {render(from, to)}
      </mark>,
    );
  });
  return pieces;
}
