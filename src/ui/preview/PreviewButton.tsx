import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import type { SidePanelTab } from '../../storage/repositories/settings';

/**
 * "Preview" in the top bar: shows the publication in the side panel (its Preview tab), and
 * pressed again gives the panel back to the tab it had, or closes it if it was closed.
 */
export function PreviewButton() {
  const { t } = useTranslation();
  const { showGlossary: panelOpen, sidePanelTab, setPreference } = usePreferences();
  const before = useRef<{ tab: SidePanelTab; open: boolean } | null>(null);
  const shown = panelOpen && sidePanelTab === 'preview';

  const toggle = () => {
    if (shown) {
      const back = before.current;
      before.current = null;
      if (back?.open && back.tab !== 'preview') setPreference('sidePanelTab', back.tab);
      else setPreference('showGlossary', false);
      return;
    }
    before.current = { tab: sidePanelTab, open: panelOpen };
    setPreference('sidePanelTab', 'preview');
    if (!panelOpen) setPreference('showGlossary', true);
  };

  return (
    <button type="button" aria-pressed={shown} onClick={toggle}>
      {t('preview.button')}
    </button>
  );
}
