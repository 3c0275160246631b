import { useTranslation } from 'react-i18next';
import { uiLanguages } from '../../i18n/languages';
import { PreferenceSelect } from './PreferenceControls';

export function LanguageSelect() {
  const { t } = useTranslation();
  return (
    <PreferenceSelect
      preference="uiLanguage"
      label={t('settings.interfaceLanguage')}
      values={uiLanguages}
      optionLabel={(language) => t(`settings.languages.${language}`)}
      // Each language's name is written in that language.
      optionLang={(language) => language}
    />
  );
}
