import { useTranslation } from 'react-i18next';
import type { TerminologyIssue } from '../../domain/glossary/checkTerminology';

export function TerminologyIssues({ issues }: { issues: readonly TerminologyIssue[] }) {
  const { t } = useTranslation();
  if (issues.length === 0) return null;
  return (
    <ul className="segment__issues" aria-label={t('terminology.issues')}>
      {issues.map((issue) => (
        <li key={`${issue.kind}-${issue.entryId}`}>{describeIssue(issue, t)}</li>
      ))}
    </ul>
  );
}

export function describeIssue(
  issue: TerminologyIssue,
  t: ReturnType<typeof useTranslation>['t'],
): string {
  return issue.kind === 'missing'
    ? t('terminology.missing', { source: issue.source, expected: issue.expected.join(' / ') })
    : t('terminology.forbidden', { source: issue.source, used: issue.used });
}
