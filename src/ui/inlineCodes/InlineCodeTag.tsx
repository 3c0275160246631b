import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { InlineCodeAttrs } from '../../domain/model/richText';
import type { SourceCode } from '../../domain/model/segment';
import './inlineCodes.css';

/** Another tool's inline code as a compact tag (`{0}`, `<a>`), its native code as the title. */
export function InlineCodeTag({ code }: { code: InlineCodeAttrs }) {
  const { t } = useTranslation();
  return (
    <span
      className="inline-code"
      role="img"
      aria-label={t('inlineCodes.tag', { label: code.label })}
      title={code.native || undefined}
    >
      {code.label}
    </span>
  );
}

/**
 * The source between two offsets with its codes drawn as tags where they sit; `text` draws a
 * run of source text. A code at the very end belongs to the run that ends the source.
 */
export function withSourceCodes(
  codes: readonly SourceCode[] | undefined,
  start: number,
  end: number,
  sourceLength: number,
  text: (start: number, end: number) => ReactNode,
): ReactNode {
  const inside = (codes ?? []).filter(
    ({ offset }) => offset >= start && (offset < end || (end === sourceLength && offset === end)),
  );
  if (inside.length === 0) return text(start, end);
  const parts: ReactNode[] = [];
  let at = start;
  inside.forEach(({ offset, code }, index) => {
    if (offset > at) parts.push(<span key={`t${at}`}>{text(at, offset)}</span>);
    parts.push(<InlineCodeTag key={`c${index}`} code={code} />);
    at = Math.max(at, offset);
  });
  if (at < end) parts.push(<span key={`t${at}`}>{text(at, end)}</span>);
  return parts;
}
