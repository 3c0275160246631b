import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { useFailureNotice } from '../common/useFailureNotice';
import {
  isPartOfSpeech,
  isTermStatus,
  partsOfSpeech,
  termStatuses,
  type GlossaryEntry,
  type PartOfSpeech,
  type TermStatus,
} from '../../domain/glossary/glossaryEntry';
import { emptyRichText, type RichTextDoc } from '../../domain/model/richText';
import { addTerm, updateTerm } from '../../storage/repositories/glossary';
import { glossaryMessageText, type GlossaryMessage } from './glossaryMessage';
import { NoteField } from './NoteField';

export interface GlossaryDraft {
  source: string;
  /** A rendering to start from (a dictionary definition). */
  target?: string;
  nonce: number;
}

interface FormState {
  source: string;
  targets: string;
  status: TermStatus;
  partOfSpeech: PartOfSpeech | null;
  note: RichTextDoc;
  noteText: string;
}

const blank = (source = '', targets = ''): FormState => ({
  source,
  targets,
  status: 'preferred',
  partOfSpeech: null,
  note: emptyRichText(),
  noteText: '',
});

const fromEntry = (entry: GlossaryEntry): FormState => ({
  source: entry.source,
  targets: entry.targets.join('; '),
  status: entry.status,
  partOfSpeech: entry.partOfSpeech,
  note: entry.note,
  noteText: entry.noteText,
});

interface GlossaryFormProps {
  id: string;
  projectId: string;
  /** The entry being edited, or null to add a new one; `initialSource` prefills a new one. */
  editing: GlossaryEntry | null;
  initialSource: string;
  initialTarget?: string;
  /** Puts the caret in "Target term" on mount: the source is there, the English is next. */
  focusTarget: boolean;
  /** Folded away (its state kept) while the translator does not use it. */
  hidden: boolean;
  /** A term was saved (with what to tell the translator), or editing was cancelled (null). */
  onDone: (message: GlossaryMessage | null) => void;
}

/** Add or edit one term. Remount (key) it to start over with other initial values. */
export function GlossaryForm(props: GlossaryFormProps) {
  const { id, projectId, editing, initialSource, initialTarget, focusTarget, hidden, onDone } =
    props;
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const reportFailure = useFailureNotice();
  const [form, setForm] = useState<FormState>(() =>
    editing ? fromEntry(editing) : blank(initialSource, initialTarget),
  );
  const [error, setError] = useState<GlossaryMessage | null>(null);
  const targetInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    const input = targetInput.current;
    if (!focusTarget || !input) return;
    input.focus();
    input.setSelectionRange(input.value.length, input.value.length);
  }, [focusTarget]);
  const [generation, setGeneration] = useState(0);
  const ids = { source: useId(), targets: useId(), status: useId(), pos: useId(), note: useId() };
  const set = <K extends keyof FormState>(key: K, value: FormState[K]) =>
    setForm((current) => ({ ...current, [key]: value }));

  const submit = async () => {
    const source = form.source.trim();
    const targets = form.targets
      .split(/[;；]/)
      .map((target) => target.trim())
      .filter(Boolean);
    if (!source) return setError({ kind: 'requireSource' });
    if (targets.length === 0) return setError({ kind: 'requireTarget' });
    setError(null);
    const term = { ...form, source, targets };
    if (editing) {
      await updateTerm(db, editing.id, term);
      onDone({ kind: 'saved', source });
      return;
    }
    const result = await addTerm(db, projectId, term);
    setForm(blank());
    setGeneration((value) => value + 1);
    onDone({ kind: result.kind, source });
  };

  return (
    <form
      id={id}
      className="glossary-form"
      hidden={hidden}
      onSubmit={(event) => {
        event.preventDefault();
        reportFailure((t) => t('asyncFailure.saveTerm'), submit);
      }}
    >
      <div className="field">
        <label htmlFor={ids.source}>{t('glossary.sourceTerm')}</label>
        <input
          id={ids.source}
          lang="zh"
          value={form.source}
          onChange={(event) => set('source', event.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={ids.targets}>{t('glossary.targetTerm')}</label>
        <input
          ref={targetInput}
          id={ids.targets}
          lang="en"
          value={form.targets}
          aria-describedby={`${ids.targets}-hint`}
          onChange={(event) => set('targets', event.target.value)}
        />
        <p id={`${ids.targets}-hint`} className="field__hint">
          {t('glossary.targetHint')}
        </p>
      </div>
      <div className="glossary-form__row">
        <div className="field">
          <label htmlFor={ids.status}>{t('glossary.status')}</label>
          <select
            id={ids.status}
            value={form.status}
            onChange={(event) => {
              if (isTermStatus(event.target.value)) set('status', event.target.value);
            }}
          >
            {termStatuses.map((status) => (
              <option key={status} value={status}>
                {t(`glossary.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.pos}>{t('glossary.partOfSpeech')}</label>
          <select
            id={ids.pos}
            value={form.partOfSpeech ?? ''}
            onChange={(event) =>
              set('partOfSpeech', isPartOfSpeech(event.target.value) ? event.target.value : null)
            }
          >
            <option value="">{t('glossary.partsOfSpeech.none')}</option>
            {partsOfSpeech.map((pos) => (
              <option key={pos} value={pos}>
                {t(`glossary.partsOfSpeech.${pos}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <div className="field">
        <span className="field__label" aria-hidden="true">
          {t('glossary.note')}
        </span>
        <NoteField
          key={generation}
          id={ids.note}
          initialContent={form.note}
          label={t('glossary.note')}
          placeholder={t('glossary.notePlaceholder')}
          onChange={(note, noteText) => setForm((current) => ({ ...current, note, noteText }))}
        />
      </div>
      {error ? (
        <p role="alert" className="field__error">
          {glossaryMessageText(error, t)}
        </p>
      ) : null}
      <div className="dialog__actions">
        {editing ? (
          <button type="button" onClick={() => onDone(null)}>
            {t('glossary.cancelEdit')}
          </button>
        ) : null}
        <button type="submit">{editing ? t('glossary.save') : t('glossary.add')}</button>
      </div>
    </form>
  );
}
