import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QaIssue } from '../../domain/qa/types';
import type { SegmentStore } from '../../storage/segmentStore';
import { Dialog } from '../common/Dialog';
import { useShellNotice } from '../common/ShellNotice';
import type { ActiveSegmentControls } from '../workspace/useActiveSegment';
import { qaSessionOf } from './QaSession';
import { useQaText } from './qaText';
import './quality.css';

export interface QualityCommands {
  /**
   * Before Ctrl+Enter confirms a segment: with errors in it, asks (and returns true: the
   * confirmation waits for the translator's answer). Warnings never hold it up.
   */
  holdConfirm: (segmentId: string) => boolean;
  /** The question, while it is asked. */
  dialog: ReactNode;
}

/**
 * The quality checks' part in moving through the project: errors shown before confirming, and
 * F8 / Shift+F8 to the next / previous segment with an issue (wrapping around).
 */
export function useQualityCommands(
  store: SegmentStore,
  navigation: ActiveSegmentControls,
): QualityCommands {
  const { t } = useTranslation();
  const describe = useQaText();
  const announce = useShellNotice();
  const [asking, setAsking] = useState<{ segmentId: string; errors: QaIssue[] } | null>(null);
  const latest = useRef({ navigation, announce });
  useEffect(() => {
    latest.current = { navigation, announce };
  });

  const holdConfirm = useCallback(
    (segmentId: string) => {
      const segment = store.get(segmentId);
      if (!segment || segment.status === 'do-not-translate') return false;
      if (segment.translationText.trim() === '') return false;
      const session = qaSessionOf(store);
      const asConfirmed = { ...session.qaSegmentOf(segment), status: 'translated' as const };
      const errors = session.engine
        .preview(asConfirmed)
        .filter((issue) => issue.severity === 'error');
      if (errors.length === 0) return false;
      setAsking({ segmentId, errors });
      return true;
    },
    [store],
  );

  // The segment the translator is in is checked on every keystroke: ready the checks for it.
  const { segmentId: activeId, editing } = navigation.active;
  useEffect(() => {
    return activeId && editing ? qaSessionOf(store).prepareToEdit(activeId) : undefined;
  }, [store, activeId, editing]);

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'F8' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.isComposing) return;
      event.preventDefault();
      const { navigation, announce } = latest.current;
      const from = navigation.active.segmentId ? store.indexOf(navigation.active.segmentId) : -1;
      const next = qaSessionOf(store).engine.nextFlagged(from, event.shiftKey ? -1 : 1);
      if (next) navigation.activate(next, 'translation');
      else announce((t) => t('qa.noNext'));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [store]);

  const goBack = () => {
    if (!asking) return;
    setAsking(null);
    navigation.activate(asking.segmentId, 'translation');
  };
  const dialog = asking ? (
    <Dialog
      open
      title={t('qa.confirmTitle', { number: store.indexOf(asking.segmentId) + 1 })}
      onClose={goBack}
      className="confirm qa-confirm"
    >
      <p>{t('qa.confirmMessage')}</p>
      <ul>
        {asking.errors.map((issue) => (
          <li key={issue.key}>{describe(issue)}</li>
        ))}
      </ul>
      <div className="dialog__actions">
        <button
          type="button"
          onClick={() => {
            setAsking(null);
            navigation.confirmAndAdvance(asking.segmentId);
          }}
        >
          {t('qa.confirmAnyway')}
        </button>
        <button type="button" data-autofocus onClick={goBack}>
          {t('qa.goBack')}
        </button>
      </div>
    </Dialog>
  ) : null;

  return { holdConfirm, dialog };
}
