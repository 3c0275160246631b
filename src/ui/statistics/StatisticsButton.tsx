import { lazy, Suspense, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../common/Dialog';
import type { StatisticsProps } from './StatisticsBody';
import './statistics.css';

// The figures, tables and their writers load when the dialog first opens, not with the page.
const StatisticsBody = lazy(() =>
  import('./StatisticsBody').then((module) => ({ default: module.StatisticsBody })),
);

/**
 * "Statistics": segments, source characters and English words per status, repetitions and per
 * heading section. The dialog's content is mounted only while it is open, so nothing is counted
 * (nor subscribed to) while the translator types with it closed.
 */
export function StatisticsButton({ store, project }: StatisticsProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const close = () => {
    setOpen(false);
    // The dialog leaves the document; focus goes back to where the translator opened it.
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        {t('statistics.button')}
      </button>
      <Dialog open={open} title={t('statistics.title')} onClose={close} className="statistics">
        <Suspense fallback={null}>
          <StatisticsBody store={store} project={project} onClose={close} />
        </Suspense>
      </Dialog>
    </>
  );
}
