import { useEffect } from 'react';
import { usePreferences } from '../../app/preferences';
import { useShellNotice } from '../common/ShellNotice';

/** Says when a setting could not be kept for the next start (it still applies now). */
export function PreferenceFailureNotice() {
  const { preferenceFailure } = usePreferences();
  const announce = useShellNotice();
  useEffect(() => {
    if (!preferenceFailure) return;
    announce({
      text: (t) =>
        t('asyncFailure.message', {
          action: t('asyncFailure.savePreference'),
          detail: preferenceFailure.detail,
        }),
      tone: 'error',
      projectId: null,
    });
    // Once per failure; the toast says it again in a language switched to.
  }, [announce, preferenceFailure]);
  return null;
}
