import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import type { QaIssue } from '../../domain/qa/types';
import { useQaText } from './qaText';
import './quality.css';

/** A row's quality issues at a glance: how many (red with an error); opens the panel. */
export function QaBadge({ issues }: { issues: readonly QaIssue[] }) {
  const { t } = useTranslation();
  const { setPreference } = usePreferences();
  const describe = useQaText();
  if (issues.length === 0) return null;
  const hasError = issues.some((issue) => issue.severity === 'error');
  return (
    <button
      type="button"
      className={`qa-badge${hasError ? ' qa-badge--error' : ''}`}
      aria-label={t('qa.segmentIssues', { count: issues.length })}
      title={issues.map(describe).join('\n')}
      onClick={() => {
        setPreference('sidePanelTab', 'quality');
        setPreference('showGlossary', true);
      }}
    >
      {issues.length}
    </button>
  );
}
