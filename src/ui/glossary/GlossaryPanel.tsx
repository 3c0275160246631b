import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { foldText, makeCharFold } from '../../domain/glossary/charFold';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import type { Project } from '../../domain/model/project';
import { loadScriptConverter } from '../../domain/script/convertScript';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { deleteTerm, restoreTerm } from '../../storage/repositories/glossary';
import type { SegmentStore } from '../../storage/segmentStore';
import { useGlossaryContext } from './GlossaryContext';
import { selectedSourceText } from './selectedSourceText';
import { GlossaryForm, type GlossaryDraft } from './GlossaryForm';
import { GlossaryList } from './GlossaryList';
import { GlossaryTransfer } from './GlossaryTransfer';
import { SegmentTerms } from './SegmentTerms';
import { TerminologyReport } from './TerminologyReport';
import { termsOfSegment } from './termsOfSegment';
import { TermSuggestions } from './TermSuggestions';
import { useTermOccurrences } from './useTermOccurrences';

export type { GlossaryDraft };

interface GlossaryPanelProps {
  project: Project;
  store: SegmentStore;
  activeSegmentId: string | null;
  draft: GlossaryDraft | null;
  onDraft: (draft: GlossaryDraft) => void;
  onJump: (segmentId: string) => void;
  onInsert: (text: string) => void;
}

type Notice = { text: string; isError: boolean; undo?: GlossaryEntry };

export function GlossaryPanel(props: GlossaryPanelProps) {
  const { project, store, activeSegmentId, draft, onDraft, onJump, onInsert } = props;
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const glossary = useGlossaryContext();
  const titleId = useId();
  const [editing, setEditing] = useState<GlossaryEntry | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState<GlossaryEntry | null>(null);
  const occurrences = useTermOccurrences(store, glossary);
  const fold = useSearchFold();

  const activeSource = activeSegmentId ? (store.get(activeSegmentId)?.source ?? '') : '';
  const segmentTerms = useMemo(
    () => termsOfSegment(activeSource, glossary),
    [activeSource, glossary],
  );

  const remove = async (entry: GlossaryEntry) => {
    const deleted = await deleteTerm(db, entry.id);
    if (editing?.id === entry.id) setEditing(null);
    setNotice({
      text: t('glossary.deleted', { source: entry.source }),
      isError: false,
      undo: deleted,
    });
  };

  const formKey = editing ? `edit-${editing.id}` : `new-${draft?.nonce ?? 0}`;
  return (
    <section className="glossary" aria-labelledby={titleId}>
      <h2 id={titleId} className="glossary__title">
        {t('glossary.title')}
      </h2>
      {activeSegmentId ? <SegmentTerms terms={segmentTerms} onInsert={onInsert} /> : null}
      <GlossaryForm
        key={formKey}
        projectId={project.id}
        editing={editing}
        initialSource={draft?.source ?? ''}
        onDone={(message) => {
          setEditing(null);
          if (message) setNotice({ text: message, isError: false });
        }}
      />
      <p
        aria-live="polite"
        role={notice?.isError ? 'alert' : undefined}
        className={notice?.isError ? 'glossary__notice field__error' : 'glossary__notice'}
      >
        {notice?.text}
        {notice?.undo ? (
          <button
            type="button"
            onClick={() => {
              if (notice.undo) void restoreTerm(db, notice.undo);
              setNotice(null);
            }}
          >
            {t('glossary.undo')}
          </button>
        ) : null}
      </p>
      <div className="glossary__tools">
        <GlossaryTransfer
          projectId={project.id}
          projectName={project.name}
          entries={glossary.entries}
          onMessage={(text, isError) => setNotice({ text, isError })}
        />
        <button
          type="button"
          // Reading the selection needs it intact: the press must not move focus first.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            const selected = selectedSourceText(document.getSelection());
            if (selected) onDraft({ source: selected, nonce: (draft?.nonce ?? 0) + 1 });
          }}
        >
          {t('glossary.addSelection')}
        </button>
        <button type="button" aria-expanded={suggesting} onClick={() => setSuggesting(!suggesting)}>
          {t('glossary.suggest')}
        </button>
      </div>
      {suggesting ? (
        <TermSuggestions
          store={store}
          entries={glossary.entries}
          onUse={(term) => onDraft({ source: term, nonce: (draft?.nonce ?? 0) + 1 })}
        />
      ) : null}
      <GlossaryList
        entries={glossary.entries}
        occurrences={occurrences}
        store={store}
        fold={fold}
        onEdit={setEditing}
        onDelete={setConfirmingDelete}
        onJump={onJump}
      />
      <TerminologyReport store={store} glossary={glossary} onJump={onJump} />
      <ConfirmDialog
        open={confirmingDelete !== null}
        title={t('glossary.deleteTitle', { source: confirmingDelete?.source ?? '' })}
        message={t('glossary.deleteMessage')}
        confirmLabel={t('glossary.deleteConfirm')}
        onCancel={() => setConfirmingDelete(null)}
        onConfirm={() => {
          if (confirmingDelete) void remove(confirmingDelete);
          setConfirmingDelete(null);
        }}
      />
    </section>
  );
}

/** Folds search text like terms are folded, once the Simplified tables have loaded. */
function useSearchFold(): (text: string) => string {
  const [fold, setFold] = useState<(text: string) => string>(
    () => (text: string) => text.toLowerCase(),
  );
  useEffect(() => {
    let cancelled = false;
    void loadScriptConverter('zh-Hans').then((toSimplified) => {
      const charFold = makeCharFold(toSimplified);
      if (!cancelled) setFold(() => (text: string) => foldText(text, charFold));
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return fold;
}
