import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { useFailureNotice } from '../common/useFailureNotice';
import { foldText } from '../../domain/glossary/charFold';
import type { GlossaryEntry } from '../../domain/glossary/glossaryEntry';
import type { Project } from '../../domain/model/project';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { deleteTerm, restoreTerm } from '../../storage/repositories/glossary';
import type { SegmentStore } from '../../storage/segmentStore';
import { useGlossaryContext } from './GlossaryContext';
import { selectedSourceText } from './selectedSourceText';
import { GlossaryForm, type GlossaryDraft } from './GlossaryForm';
import { GlossaryList } from './GlossaryList';
import { glossaryMessageText, type GlossaryMessage } from './glossaryMessage';
import { GlossaryTransfer } from './GlossaryTransfer';
import { SegmentTerms } from './SegmentTerms';
import { termsOfSegment } from './termsOfSegment';
import { TermSuggestions } from './TermSuggestions';
import { useCharFold } from './useCharFold';
import { useTerminologyIndex } from './useTerminologyIndex';
import './glossary.css';

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

type Notice = { message: GlossaryMessage; isError: boolean; undo?: GlossaryEntry };

/** What the add form starts from: a remount (new key) starts it over. */
interface FormSeed {
  key: string;
  source: string;
  target?: string;
  focusTarget: boolean;
}

/**
 * Drafts (Ctrl+E, "Add selection", a suggestion) already put in a form. The panel can be closed
 * and opened again (a side-panel tab) while the draft stays in the workspace's state: it is put
 * in the form, and takes the focus, once.
 */
const draftsApplied = new WeakSet<GlossaryDraft>();

let seeds = 0;
const blankSeed = (): FormSeed => ({
  key: `blank-${(seeds += 1)}`,
  source: '',
  focusTarget: false,
});

export function GlossaryPanel(props: GlossaryPanelProps) {
  const { project, store, activeSegmentId, draft, onDraft, onJump, onInsert } = props;
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const reportFailure = useFailureNotice();
  const glossary = useGlossaryContext();
  const ids = { title: useId(), form: useId() };
  const [editing, setEditing] = useState<GlossaryEntry | null>(null);
  const [formOpen, setFormOpen] = useState(false);
  const [seed, setSeed] = useState<FormSeed>(blankSeed);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  const [confirmingDelete, setConfirmingDelete] = useState<GlossaryEntry | null>(null);
  const { occurrences } = useTerminologyIndex(store, glossary);
  const fold = useSearchFold();
  // The panel renders again after every save (the flags may have changed); the long lists are
  // memoised and get the same callbacks each time, so they render again only when their data do.
  const latestJump = useRef(onJump);
  useEffect(() => {
    latestJump.current = onJump;
  });
  const jump = useCallback((segmentId: string) => latestJump.current(segmentId), []);
  const edit = useCallback((entry: GlossaryEntry) => {
    setEditing(entry);
    setFormOpen(true);
  }, []);

  useEffect(() => {
    if (!draft || draftsApplied.has(draft)) return;
    draftsApplied.add(draft);
    setEditing(null);
    setFormOpen(true);
    setSeed({
      key: `draft-${draft.nonce}`,
      source: draft.source,
      target: draft.target,
      focusTarget: true,
    });
  }, [draft]);

  const activeSource = activeSegmentId ? (store.get(activeSegmentId)?.source ?? '') : '';
  const segmentTerms = useMemo(
    () => termsOfSegment(activeSource, glossary),
    [activeSource, glossary],
  );

  const remove = async (entry: GlossaryEntry) => {
    const deleted = await deleteTerm(db, entry.id);
    if (editing?.id === entry.id) setEditing(null);
    setNotice({
      message: { kind: 'deleted', source: entry.source },
      isError: false,
      undo: deleted,
    });
  };

  const nextDraft = (source: string) => onDraft({ source, nonce: (draft?.nonce ?? 0) + 1 });

  return (
    <section className="glossary" aria-labelledby={ids.title}>
      <h2 id={ids.title} className="glossary__title">
        {t('glossary.title')}
      </h2>
      {activeSegmentId ? <SegmentTerms terms={segmentTerms} onInsert={onInsert} /> : null}
      <GlossaryList
        entries={glossary.entries}
        occurrences={occurrences}
        store={store}
        fold={fold}
        onEdit={edit}
        onDelete={setConfirmingDelete}
        onJump={jump}
      />
      <div className="glossary__add">
        <div className="glossary__tools">
          <button
            type="button"
            className="glossary__disclosure"
            aria-expanded={formOpen}
            aria-controls={ids.form}
            onClick={() => {
              if (formOpen && editing) {
                // Folding the form cancels an edit; it opens again on a blank term.
                setEditing(null);
                setSeed(blankSeed());
              }
              setFormOpen(!formOpen);
            }}
          >
            {t('glossary.newTerm')}
          </button>
          <button
            type="button"
            // Reading the selection needs it intact: the press must not move focus first.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              const selected = selectedSourceText(document.getSelection());
              if (selected) nextDraft(selected);
            }}
          >
            {t('glossary.addSelection')}
          </button>
          <button
            type="button"
            aria-expanded={suggesting}
            onClick={() => setSuggesting(!suggesting)}
          >
            {t('glossary.suggest')}
          </button>
        </div>
        <GlossaryTransfer
          projectId={project.id}
          projectName={project.name}
          entries={glossary.entries}
          onMessage={(message, isError) => setNotice({ message, isError })}
        />
        <p
          aria-live="polite"
          role={notice?.isError ? 'alert' : undefined}
          className={notice?.isError ? 'glossary__notice field__error' : 'glossary__notice'}
        >
          {notice ? glossaryMessageText(notice.message, t) : null}
          {notice?.undo ? (
            <button
              type="button"
              onClick={() => {
                const undo = notice.undo;
                if (undo)
                  reportFailure(
                    (t) => t('asyncFailure.restoreTerm'),
                    () => restoreTerm(db, undo),
                  );
                setNotice(null);
              }}
            >
              {t('glossary.undo')}
            </button>
          ) : null}
        </p>
        <GlossaryForm
          key={editing ? `edit-${editing.id}` : seed.key}
          id={ids.form}
          hidden={!formOpen}
          projectId={project.id}
          editing={editing}
          initialSource={editing ? '' : seed.source}
          initialTarget={editing ? '' : seed.target}
          focusTarget={editing !== null || seed.focusTarget}
          onDone={(message) => {
            if (editing) {
              setEditing(null);
              setSeed(blankSeed());
            }
            if (message) setNotice({ message, isError: false });
          }}
        />
        {suggesting ? (
          <TermSuggestions store={store} entries={glossary.entries} onUse={nextDraft} />
        ) : null}
      </div>
      <ConfirmDialog
        open={confirmingDelete !== null}
        title={t('glossary.deleteTitle', { source: confirmingDelete?.source ?? '' })}
        message={t('glossary.deleteMessage')}
        confirmLabel={t('glossary.deleteConfirm')}
        onCancel={() => setConfirmingDelete(null)}
        onConfirm={() => {
          const entry = confirmingDelete;
          if (entry)
            reportFailure(
              (t) => t('asyncFailure.deleteTerm'),
              () => remove(entry),
            );
          setConfirmingDelete(null);
        }}
      />
    </section>
  );
}

/** Folds search text like terms are folded, once the Simplified tables have loaded. */
function useSearchFold(): (text: string) => string {
  const charFold = useCharFold();
  return useMemo(
    () =>
      charFold ? (text: string) => foldText(text, charFold) : (text: string) => text.toLowerCase(),
    [charFold],
  );
}
