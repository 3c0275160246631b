import { useMemo, type CSSProperties, type ReactNode } from 'react';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import type { TermOccurrence } from '../../domain/glossary/TermMatcher';
import type { Segment } from '../../domain/model/segment';
import type { ScriptConverter } from '../../domain/script/convertScript';
import type { MarkedRange } from './StaticRichText';
import type { SourceComment } from '../../domain/comments/sourceComment';
import { withCommentMarks } from '../comments/commentMarks';
import { withSourceCodes } from '../inlineCodes/InlineCodeTag';

interface SourceTextProps {
  segment: Pick<Segment, 'source' | 'readings' | 'kind' | 'sourceCodes'>;
  convert: ScriptConverter;
  showReadings: boolean;
  lang: string;
  occurrences: readonly TermOccurrence[];
  entriesById: ReadonlyMap<string, GlossaryEntry>;
  /** What the quality checks found in the source, marked as <mark class="qa-mark">. */
  qaRanges?: readonly MarkedRange[];
  /** Comments on the source, their spans marked. */
  comments?: readonly SourceComment[];
}

const noRanges: readonly MarkedRange[] = [];

/**
 * The source in the chosen script, as a heading or a paragraph, with readings as ruby and
 * glossary terms marked. Offsets come from the stored source; each piece is converted on its
 * own, so marks and readings stay on the right characters in every script.
 */
export function SourceText(props: SourceTextProps) {
  const { segment, convert, showReadings, lang, occurrences, entriesById } = props;
  const qaRanges = props.qaRanges ?? noRanges;
  // Source and readings keep their identity across edits of the translation, the segment does
  // not: keyed on them, typing in the row does not rebuild (and reconvert) the source.
  const { source, readings, sourceCodes } = segment;
  const { comments } = props;
  const content = useMemo(() => {
    const plain = (start: number, end: number) => withCommentMarks(start, end, comments, bare);
    const bare = (start: number, end: number) =>
      withSourceCodes(sourceCodes, start, end, source.length, (from, to) =>
        showReadings
          ? withRuby({ source, readings }, convert, from, to)
          : convert(source.slice(from, to)),
      );
    const range = (start: number, end: number): ReactNode => {
      const inside = qaRanges.filter((found) => found.start < end && found.end > start);
      if (inside.length === 0) return plain(start, end);
      const pieces: ReactNode[] = [];
      let at = start;
      for (const found of [...inside].sort((a, b) => a.start - b.start)) {
        const from = Math.max(at, found.start);
        const to = Math.min(end, found.end);
        if (to <= from) continue;
        if (from > at) pieces.push(plain(at, from));
        pieces.push(
          <mark key={`q${from}`} className="qa-mark">
            {plain(from, to)}
          </mark>,
        );
        at = to;
      }
      if (at < end) pieces.push(plain(at, end));
      return pieces;
    };
    const parts: ReactNode[] = [];
    let cursor = 0;
    for (const occurrence of occurrences) {
      if (occurrence.start > cursor) parts.push(range(cursor, occurrence.start));
      parts.push(
        <mark
          key={`m${occurrence.start}`}
          className="term"
          title={describeTerm(occurrence, entriesById)}
          data-entry-ids={occurrence.entryIds.join(' ')}
        >
          {range(occurrence.start, occurrence.end)}
        </mark>,
      );
      cursor = occurrence.end;
    }
    if (cursor < source.length) parts.push(range(cursor, source.length));
    return parts;
  }, [
    source,
    readings,
    sourceCodes,
    convert,
    showReadings,
    occurrences,
    entriesById,
    qaRanges,
    comments,
  ]);

  const withReadings = showReadings && readings.length > 0;
  const className = `segment__source segment__source--${segment.kind}${withReadings ? ' segment__source--with-readings' : ''}`;
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

function describeTerm(
  occurrence: TermOccurrence,
  entriesById: ReadonlyMap<string, GlossaryEntry>,
): string {
  return occurrence.entryIds
    .flatMap((id) => entriesById.get(id) ?? [])
    .map((entry) => {
      const english = entry.targets.join(' / ');
      return entry.noteText.trim() ? `${english} — ${entry.noteText.trim()}` : english;
    })
    .join('\n');
}

function withRuby(
  segment: Pick<Segment, 'source' | 'readings'>,
  convert: ScriptConverter,
  start: number,
  end: number,
): ReactNode[] {
  const parts: ReactNode[] = [];
  let cursor = start;
  for (const { offset, length, reading } of segment.readings) {
    if (offset < start || offset + length > end) continue;
    if (offset > cursor) parts.push(convert(segment.source.slice(cursor, offset)));
    parts.push(
      <ruby key={offset} style={{ '--reading-size': `${readingSize(reading)}em` } as CSSProperties}>
        {convert(segment.source.slice(offset, offset + length))}
        <rp>(</rp>
        <rt>{reading}</rt>
        <rp>)</rp>
      </ruby>,
    );
    cursor = offset + length;
  }
  if (cursor < end) parts.push(convert(segment.source.slice(cursor, end)));
  return parts;
}

/**
 * A reading is drawn over its one character and must fit that character's width: long ones
 * ("chuàng", "wǎng") get a smaller size, down to a floor that stays legible, so neighbouring
 * readings keep a gap between them ("lián wǎng", never "liánwǎng"). Widths are estimated per
 * letter (em of a sans-serif face), which is close enough for pinyin's small alphabet.
 */
function readingSize(reading: string): number {
  let width = 0;
  for (const letter of reading.normalize('NFD').replace(/\p{M}/gu, '')) {
    width += /[mw]/i.test(letter) ? 0.86 : /[iljtfr]/i.test(letter) ? 0.32 : 0.6;
  }
  const fitting = 0.9 / Math.max(width, 0.1);
  return Math.round(Math.min(0.5, Math.max(0.36, fitting)) * 1000) / 1000;
}
