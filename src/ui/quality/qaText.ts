import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaIssue } from '../../domain/qa/types';

/** An issue's message in the language of `t`, with what it found interpolated. */
export function qaMessage(t: TFunction, issue: QaIssue): string {
  // Messages are keys under qa.messages chosen by each check at run time.
  return t(issue.message as 'qa.none', issue.params as Record<string, unknown>);
}

/** An issue's message in the interface language, with what it found interpolated. */
export function useQaText(): (issue: QaIssue) => string {
  const { t } = useTranslation();
  return useCallback((issue: QaIssue) => qaMessage(t, issue), [t]);
}
