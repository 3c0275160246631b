import { useCallback } from 'react';
import { textOf, useShellNotice, type NoticeText } from './ShellNotice';

/** What a failure says about itself, for the translator (a storage error names its kind). */
export function failureDetail(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

/**
 * Runs an action the translator started and, if it fails, says so in an error toast naming the
 * action and the problem: no click ends in an unhandled rejection and silence.
 */
export function useFailureNotice(): (action: NoticeText, run: () => Promise<unknown>) => void {
  const announce = useShellNotice();
  return useCallback(
    (action, run) => {
      void run().catch((error: unknown) =>
        announce({
          text: (t) =>
            t('asyncFailure.message', { action: textOf(action, t), detail: failureDetail(error) }),
          tone: 'error',
        }),
      );
    },
    [announce],
  );
}
