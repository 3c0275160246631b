import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { useShellNotice } from '../common/ShellNotice';

/** Says when a setting could not be kept for the next start (it still applies now). */
export function PreferenceFailureNotice() {
  const { preferenceFailure } = usePreferences();
  const announce = useShellNotice();
  const { t } = useTranslation();
  useEffect(() => {
    if (!preferenceFailure) return;
    announce({
      text: t('asyncFailure.message', {
        action: t('asyncFailure.savePreference'),
        detail: preferenceFailure.detail,
      }),
      tone: 'error',
      projectId: null,
    });
    // Once per failure, not again when the language (and so `t`) changes.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [preferenceFailure]);
  return null;
}
