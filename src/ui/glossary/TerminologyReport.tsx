import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TerminologyFlags } from '../../domain/glossary/TerminologyIndex';
import { describeIssue } from '../workspace/TerminologyIssues';
import { pageSize as defaultPageSize } from './pageSize';

interface TerminologyReportProps {
  flags: TerminologyFlags;
  onJump: (segmentId: string) => void;
  /** Flags shown at first, and added by each "Show more". */
  pageSize?: number;
}

/**
 * Every terminology flag in the project, as of the last save (see useTerminologyIndex), shown a
 * page at a time: a project of 20,000 segments can have thousands of flags.
 */
export const TerminologyReport = memo(function TerminologyReport(props: TerminologyReportProps) {
  const { flags, onJump, pageSize = defaultPageSize } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const [shown, setShown] = useState(pageSize);
  const visible = useMemo(() => flags.first(shown), [flags, shown]);
  const hidden = flags.total - visible.length;

  return (
    <section className="terminology-report" aria-labelledby={titleId}>
      <h3 id={titleId}>
        {t('terminology.title')}
        {flags.total > 0 ? ' ' : null}
        {flags.total > 0 ? (
          <span className="glossary__count">{t('terminology.count', { count: flags.total })}</span>
        ) : null}
      </h3>
      {flags.total === 0 ? <p className="field__hint">{t('terminology.none')}</p> : null}
      <ul>
        {visible.map(({ segmentId, number, issue }) => (
          <li key={`${segmentId}-${issue.kind}-${issue.entryId}`}>
            <button type="button" onClick={() => onJump(segmentId)}>
              {t('terminology.jump', { number, issue: describeIssue(issue, t) })}
            </button>
          </li>
        ))}
      </ul>
      {hidden > 0 ? (
        <button
          type="button"
          className="glossary__more"
          onClick={() => setShown((count) => count + pageSize)}
        >
          {t('glossary.showMore', { count: Math.min(pageSize, hidden) })}
        </button>
      ) : null}
    </section>
  );
});
