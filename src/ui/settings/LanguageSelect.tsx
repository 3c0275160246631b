import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { isUiLanguage, uiLanguages } from '../../i18n/languages';

export function LanguageSelect() {
  const { t } = useTranslation();
  const { uiLanguage, setPreference } = usePreferences();
  const id = useId();
  return (
    <div className="settings__field">
      <label htmlFor={id}>{t('settings.interfaceLanguage')}</label>
      <select
        id={id}
        value={uiLanguage}
        onChange={(event) => {
          if (isUiLanguage(event.target.value)) setPreference('uiLanguage', event.target.value);
        }}
      >
        {uiLanguages.map((language) => (
          <option key={language} value={language} lang={language}>
            {t(`settings.languages.${language}`)}
          </option>
        ))}
      </select>
    </div>
  );
}
