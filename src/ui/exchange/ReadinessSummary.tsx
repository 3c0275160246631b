import { useTranslation } from 'react-i18next';
import type { QaListedIssue } from '../../domain/qa/QaEngine';
import { useQaText } from '../quality/qaText';

/** An open comment on the source, as the comments feature will hand it over. */
export interface OpenComment {
  segmentNumber: number;
  text: string;
}

export interface ReadinessItem {
  number: number;
  text: string;
}

/** What may still need the translator before a publication is written. */
export interface Readiness {
  untranslated: ReadinessItem[];
  drafts: ReadinessItem[];
  quality: { errors: number; warnings: number; issues: QaListedIssue[] };
  /** Absent (no comments feature) or empty: nothing is shown. */
  openComments?: readonly OpenComment[];
}

/** Each list shows its first items; the rest are counted (the panel and filters list them all). */
export const readinessListLength = 10;

export function readinessIsEmpty(readiness: Readiness): boolean {
  return (
    readiness.untranslated.length === 0 &&
    readiness.drafts.length === 0 &&
    readiness.quality.errors + readiness.quality.warnings === 0 &&
    (readiness.openComments?.length ?? 0) === 0
  );
}

/**
 * The export dialog's checklist: untranslated and draft segments, quality issues (errors and
 * warnings counted) and open comments, each with "Go to segment N", which closes the dialog.
 */
export function ReadinessSummary({
  readiness,
  onGoTo,
}: {
  readiness: Readiness;
  onGoTo: (segmentNumber: number) => void;
}) {
  const { t } = useTranslation();
  const describe = useQaText();
  const { quality } = readiness;
  const comments = (readiness.openComments ?? []).map((comment) => ({
    number: comment.segmentNumber,
    text: comment.text,
  }));
  const issues = quality.issues.map(({ issue, number }) => ({ number, text: describe(issue) }));
  return (
    <div className="readiness">
      <ReadinessList
        title={t('readiness.untranslated', { count: readiness.untranslated.length })}
        items={readiness.untranslated}
        total={readiness.untranslated.length}
        onGoTo={onGoTo}
      />
      <ReadinessList
        title={t('readiness.drafts', { count: readiness.drafts.length })}
        items={readiness.drafts}
        total={readiness.drafts.length}
        onGoTo={onGoTo}
      />
      <ReadinessList
        title={t('readiness.quality', {
          errors: t('readiness.errors', { count: quality.errors }),
          warnings: t('readiness.warnings', { count: quality.warnings }),
        })}
        items={issues}
        total={quality.errors + quality.warnings}
        onGoTo={onGoTo}
      />
      <ReadinessList
        title={t('readiness.comments', { count: comments.length })}
        items={comments}
        total={comments.length}
        onGoTo={onGoTo}
      />
    </div>
  );
}

function ReadinessList({
  title,
  items,
  total,
  onGoTo,
}: {
  title: string;
  items: readonly ReadinessItem[];
  total: number;
  onGoTo: (segmentNumber: number) => void;
}) {
  const { t } = useTranslation();
  if (total === 0) return null;
  const shown = items.slice(0, readinessListLength);
  const more = total - shown.length;
  return (
    <section className="readiness__group" aria-label={title}>
      <h3 className="readiness__title">{title}</h3>
      <ul className="readiness__list">
        {shown.map((item, index) => (
          <li key={`${item.number}-${index}`}>
            <button type="button" onClick={() => onGoTo(item.number)}>
              {t('readiness.goTo', { number: item.number })}
            </button>{' '}
            <span className="readiness__text">{item.text}</span>
          </li>
        ))}
      </ul>
      {more > 0 ? <p className="field__hint">{t('readiness.more', { count: more })}</p> : null}
    </section>
  );
}
