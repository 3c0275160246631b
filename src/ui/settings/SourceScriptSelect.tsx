import { useTranslation } from 'react-i18next';
import { scriptViews } from '../../domain/script/scriptView';
import { PreferenceSelect } from './PreferenceControls';

export function SourceScriptSelect() {
  const { t } = useTranslation();
  return (
    <PreferenceSelect
      preference="sourceScript"
      label={t('settings.sourceScript')}
      values={scriptViews}
      optionLabel={(view) => t(`settings.scripts.${view}`)}
      className="topbar__field"
    />
  );
}
