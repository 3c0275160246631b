import { useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import {
  clampSidePanelWidth,
  sidePanelTabs,
  type SidePanelTab,
} from '../../storage/repositories/settings';

interface SidePanelProps {
  /** The open tab's content. */
  children: (tab: SidePanelTab) => ReactNode;
}

const resizeStep = 24;

/**
 * The panel beside the segments: tabs (the glossary now; memory, dictionary, checks and comments
 * to come), resizable by dragging or with the arrow keys on its edge, collapsible to a rail that
 * keeps the tabs one click away. Width, tab and open state are remembered.
 */
export function SidePanel({ children }: SidePanelProps) {
  const { t } = useTranslation();
  const { showGlossary: open, sidePanelTab, sidePanelWidth, setPreference } = usePreferences();
  const [dragWidth, setDragWidth] = useState<number | null>(null);
  const drag = useRef<{ startX: number; startWidth: number } | null>(null);
  const ids = useId();
  const tabId = (tab: SidePanelTab) => `${ids}-tab-${tab}`;
  const panelId = `${ids}-panel`;
  const width = dragWidth ?? sidePanelWidth;

  const choose = (tab: SidePanelTab) => {
    setPreference('sidePanelTab', tab);
    if (!open) setPreference('showGlossary', true);
  };

  const tabs = (
    <div
      role="tablist"
      aria-label={t('layout.sidePanel')}
      aria-orientation={open ? 'horizontal' : 'vertical'}
      className="side-panel__tabs"
      onKeyDown={(event) => {
        const keys = open ? ['ArrowLeft', 'ArrowRight'] : ['ArrowUp', 'ArrowDown'];
        const step = keys.indexOf(event.key);
        if (step < 0) return;
        event.preventDefault();
        const index = sidePanelTabs.indexOf(sidePanelTab);
        const count = sidePanelTabs.length;
        const next = sidePanelTabs[(index + (step === 0 ? count - 1 : 1)) % count];
        if (next) {
          choose(next);
          document.getElementById(tabId(next))?.focus();
        }
      }}
    >
      {sidePanelTabs.map((tab) => (
        <button
          key={tab}
          id={tabId(tab)}
          type="button"
          role="tab"
          aria-selected={open && tab === sidePanelTab}
          aria-controls={open ? panelId : undefined}
          tabIndex={tab === sidePanelTab ? 0 : -1}
          className="side-panel__tab"
          onClick={() => choose(tab)}
        >
          {t(`layout.tabs.${tab}`)}
        </button>
      ))}
    </div>
  );

  if (!open) return <aside className="side-rail">{tabs}</aside>;

  return (
    <aside className="side-panel" style={{ width }}>
      <div
        role="separator"
        aria-orientation="vertical"
        aria-label={t('layout.resizeSidePanel')}
        aria-valuenow={width}
        aria-valuemin={280}
        aria-valuemax={720}
        tabIndex={0}
        className="side-panel__resizer"
        onPointerDown={(event) => {
          event.preventDefault();
          event.currentTarget.setPointerCapture(event.pointerId);
          drag.current = { startX: event.clientX, startWidth: width };
        }}
        onPointerMove={(event) => {
          if (!drag.current) return;
          // The panel is on the right: dragging its edge to the left widens it.
          setDragWidth(
            clampSidePanelWidth(drag.current.startWidth + drag.current.startX - event.clientX),
          );
        }}
        onPointerUp={() => {
          drag.current = null;
          if (dragWidth !== null) setPreference('sidePanelWidth', dragWidth);
          setDragWidth(null);
        }}
        onKeyDown={(event) => {
          const delta =
            event.key === 'ArrowLeft' ? resizeStep : event.key === 'ArrowRight' ? -resizeStep : 0;
          if (delta === 0) return;
          event.preventDefault();
          setPreference('sidePanelWidth', clampSidePanelWidth(width + delta));
        }}
      />
      <div className="side-panel__header">
        {tabs}
        <button
          type="button"
          className="side-panel__hide"
          aria-label={t('layout.hideSidePanel')}
          title={t('layout.hideSidePanel')}
          onClick={() => setPreference('showGlossary', false)}
        >
          <span className="icon icon--collapse" aria-hidden="true" />
        </button>
      </div>
      <div
        id={panelId}
        role="tabpanel"
        aria-labelledby={tabId(sidePanelTab)}
        className="side-panel__content"
      >
        {children(sidePanelTab)}
      </div>
    </aside>
  );
}
