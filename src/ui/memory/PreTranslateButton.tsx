import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/model/project';
import type { MemorySearch } from '../../storage/memory/memorySearch';
import type { SegmentStore } from '../../storage/segmentStore';
import { Dialog } from '../common/Dialog';
import { useShellNotice } from '../common/ShellNotice';
import { preTranslate } from './memoryFill';

/** "Pre-translate": fills the empty segments from the memory at or above a threshold. */
export function PreTranslateButton(props: {
  project: Project;
  store: SegmentStore;
  search: MemorySearch;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)}>
        {t('memory.preTranslate')}
      </button>
      {open ? <PreTranslateDialog {...props} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

function PreTranslateDialog({
  project,
  store,
  search,
  onClose,
}: {
  project: Project;
  store: SegmentStore;
  search: MemorySearch;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const announce = useShellNotice();
  const id = useId();
  const [threshold, setThreshold] = useState('100');
  const [invalid, setInvalid] = useState(false);
  const [running, setRunning] = useState(false);

  const run = async () => {
    const value = Number(threshold);
    if (!Number.isInteger(value) || value < 50 || value > 100) {
      setInvalid(true);
      return;
    }
    setRunning(true);
    try {
      const result = await preTranslate(store, search, value);
      onClose();
      if (result.filled === 0) {
        announce({
          text: (t) => t('memory.preTranslatedNone', { threshold: value }),
          projectId: project.id,
        });
        return;
      }
      announce({
        text: (t) => t('memory.preTranslated', { count: result.filled }),
        action: { label: (t) => t('memory.undo'), run: () => void result.undo() },
        projectId: project.id,
      });
    } catch (error) {
      setRunning(false);
      announce({
        text: (t) =>
          t('memory.preTranslateFailed', {
            message: error instanceof Error ? error.message : String(error),
          }),
        tone: 'error',
      });
    }
  };

  return (
    <Dialog open title={t('memory.preTranslateTitle')} onClose={onClose} className="pre-translate">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          void run();
        }}
      >
        <p>{t('memory.preTranslateHint')}</p>
        <label htmlFor={id}>{t('memory.threshold')}</label>
        <input
          id={id}
          type="number"
          min={50}
          max={100}
          step={1}
          value={threshold}
          aria-invalid={invalid}
          aria-describedby={invalid ? `${id}-error` : undefined}
          onChange={(event) => {
            setThreshold(event.target.value);
            setInvalid(false);
          }}
        />
        {invalid ? (
          <p id={`${id}-error`} role="alert" className="pre-translate__error">
            {t('memory.thresholdInvalid')}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" onClick={onClose}>
            {t('memory.cancel')}
          </button>
          <button type="submit" disabled={running}>
            {running ? t('memory.running') : t('memory.run')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
