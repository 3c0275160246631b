import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useShellNotice } from './ShellNotice';

/** What a failure says about itself, for the translator (a storage error names its kind). */
export function failureDetail(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * Runs an action the translator started and, if it fails, says so in an error toast naming the
 * action and the problem: no click ends in an unhandled rejection and silence.
 */
export function useFailureNotice(): (action: string, run: () => Promise<unknown>) => void {
  const announce = useShellNotice();
  const { t } = useTranslation();
  return useCallback(
    (action, run) => {
      void run().catch((error: unknown) =>
        announce({
          text: t('asyncFailure.message', { action, detail: failureDetail(error) }),
          tone: 'error',
        }),
      );
    },
    [announce, t],
  );
}
