import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { textSizes, themes } from '../../storage/repositories/settings';
import { PreferenceCheckbox, PreferenceSelect } from './PreferenceControls';

/**
 * "Settings": the less frequent controls, one click away, in a panel that stays open while the
 * translator works in it (and while a dialog it opened is up), and closes on Esc or a click
 * elsewhere.
 */
export function SettingsMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (!open) return;
    const closeOnOutside = (event: PointerEvent) => {
      if (event.target instanceof Node && !root.current?.contains(event.target)) setOpen(false);
    };
    // Esc closes the panel wherever focus is, unless something else took the key (the live
    // editor, or a dialog the panel opened, which closes itself first).
    const closeOnEscape = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented) return;
      if (event.target instanceof Element && event.target.closest('dialog')) return;
      setOpen(false);
      if (root.current?.contains(document.activeElement)) button.current?.focus();
    };
    document.addEventListener('pointerdown', closeOnOutside);
    document.addEventListener('keydown', closeOnEscape);
    return () => {
      document.removeEventListener('pointerdown', closeOnOutside);
      document.removeEventListener('keydown', closeOnEscape);
    };
  }, [open]);

  return (
    <div className="settings" ref={root}>
      <button
        ref={button}
        type="button"
        className="settings__button"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen(!open)}
      >
        {t('layout.settings')}
      </button>
      <div
        id={panelId}
        role="group"
        aria-label={t('layout.settings')}
        className="settings__panel"
        hidden={!open}
        onClick={(event) => {
          // Buttons that open a dialog of the shell's close the panel behind them.
          if (event.target instanceof Element && event.target.closest('[data-closes-settings]'))
            setOpen(false);
        }}
      >
        {children}
      </div>
    </div>
  );
}

export function ThemeSelect() {
  const { t } = useTranslation();
  return (
    <PreferenceSelect
      preference="theme"
      label={t('layout.theme')}
      values={themes}
      optionLabel={(theme) => t(`layout.themes.${theme}`)}
    />
  );
}

export function TextSizeSelect() {
  const { t } = useTranslation();
  return (
    <PreferenceSelect
      preference="textSize"
      label={t('layout.textSize')}
      values={textSizes}
      optionLabel={(size) => t(`layout.textSizes.${size}`)}
    />
  );
}

export function NotesColumnToggle() {
  const { t } = useTranslation();
  return <PreferenceCheckbox preference="notesColumn" label={t('layout.notesColumn')} />;
}

export function PropagateRepetitionsToggle() {
  const { t } = useTranslation();
  return (
    <PreferenceCheckbox preference="propagateRepetitions" label={t('memory.propagateSetting')} />
  );
}
