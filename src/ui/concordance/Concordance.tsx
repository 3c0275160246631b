import { lazy, Suspense, useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/model/project';
import type { SegmentStore } from '../../storage/segmentStore';

// The dialog and its search load when first opened, not with the workspace.
const ConcordanceDialog = lazy(() =>
  import('./ConcordanceDialog').then((module) => ({ default: module.ConcordanceDialog })),
);

/** Longer selections are not a phrase to look up (a whole paragraph selected by mistake). */
const maxPrefill = 100;

function selectedText(): string {
  const text = document.getSelection()?.toString().trim() ?? '';
  return text.length <= maxPrefill ? text : '';
}

/**
 * The top bar's "Concordance" and Ctrl+K (anywhere in the workspace, editors included): a
 * search of the whole memory, started from the selected text when there is one.
 */
export function Concordance({
  project,
  store,
  onGo,
}: {
  project: Project;
  store: SegmentStore;
  onGo: (segmentId: string) => void;
}) {
  const { t } = useTranslation();
  const [opened, setOpened] = useState<{ query: string; nonce: number } | null>(null);
  const open = useCallback(() => {
    const query = selectedText();
    setOpened((current) => ({ query, nonce: (current?.nonce ?? 0) + 1 }));
  }, []);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (
        !(event.ctrlKey || event.metaKey) ||
        event.altKey ||
        event.shiftKey ||
        event.isComposing ||
        event.key.toLowerCase() !== 'k'
      )
        return;
      // Ctrl+K would otherwise go to the browser's address bar search.
      event.preventDefault();
      open();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [open]);

  return (
    <>
      <button
        type="button"
        title={t('concordance.shortcutHint')}
        aria-keyshortcuts="Control+K"
        onClick={open}
      >
        {t('concordance.button')}
      </button>
      {opened ? (
        <Suspense fallback={null}>
          <ConcordanceDialog
            key={opened.nonce}
            initialQuery={opened.query}
            project={project}
            store={store}
            onClose={() => setOpened(null)}
            onGo={(segmentId) => {
              setOpened(null);
              onGo(segmentId);
            }}
          />
        </Suspense>
      ) : null}
    </>
  );
}
