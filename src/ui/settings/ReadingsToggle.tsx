import { useTranslation } from 'react-i18next';
import { PreferenceCheckbox } from './PreferenceControls';

export function ReadingsToggle() {
  const { t } = useTranslation();
  return <PreferenceCheckbox preference="showReadings" label={t('settings.showReadings')} />;
}
