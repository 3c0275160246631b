import { useMemo, type ReactNode } from 'react';
import type { Segment } from '../../domain/model/segment';
import type { ScriptConverter } from '../../domain/script/convertScript';

interface SourceTextProps {
  segment: Pick<Segment, 'source' | 'readings' | 'kind'>;
  convert: ScriptConverter;
  showReadings: boolean;
  lang: string;
}

/** The source in the chosen script, as a heading or a paragraph, with readings as ruby. */
export function SourceText({ segment, convert, showReadings, lang }: SourceTextProps) {
  const content = useMemo(
    () => (showReadings ? withRuby(segment, convert) : convert(segment.source)),
    [segment, convert, showReadings],
  );
  const className = `segment__source segment__source--${segment.kind}`;
  return segment.kind === 'heading' ? (
    <h2 className={className} lang={lang}>
      {content}
    </h2>
  ) : (
    <p className={className} lang={lang}>
      {content}
    </p>
  );
}

function withRuby(segment: Pick<Segment, 'source' | 'readings'>, convert: ScriptConverter) {
  const parts: ReactNode[] = [];
  let cursor = 0;
  for (const { offset, length, reading } of segment.readings) {
    if (offset > cursor) parts.push(convert(segment.source.slice(cursor, offset)));
    parts.push(
      <ruby key={offset}>
        {convert(segment.source.slice(offset, offset + length))}
        <rp>(</rp>
        <rt>{reading}</rt>
        <rp>)</rp>
      </ruby>,
    );
    cursor = offset + length;
  }
  if (cursor < segment.source.length) parts.push(convert(segment.source.slice(cursor)));
  return parts;
}
