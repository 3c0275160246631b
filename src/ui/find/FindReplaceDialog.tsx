import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { FindResults, type NumberedHit } from '../../domain/find/FindResults';
import {
  compileQuery,
  planReplace,
  textOf,
  type CompiledFind,
  type FindField,
  type ReplaceEdit,
} from '../../domain/find/findInSegments';
import { defaultFindOptions, type FindOptions } from '../../domain/find/findPattern';
import { planReplaceUndo } from '../../domain/find/replaceUndo';
import type { Segment } from '../../domain/model/segment';
import type { SegmentField } from '../../storage/repositories/settings';
import type { SegmentStore } from '../../storage/segmentStore';
import { useShellNotice } from '../common/ShellNotice';
import { useCharFold } from '../glossary/useCharFold';
import './findReplace.css';

interface FindReplaceDialogProps {
  store: SegmentStore;
  /** Bumped to bring the caret back to Find (Ctrl+H while the dialog is open). */
  focusToken: number;
  onGoTo: (segmentId: string, field: SegmentField) => void;
  onClose: () => void;
}

/** The dialog lists this many hits; the count covers all of them. */
const listedHits = 200;
/** Typing in Find searches again once the typing pauses this long. */
const searchDelayMs = 150;
/** Characters of context shown either side of a hit. */
const contextChars = 40;

const optionNames = ['matchCase', 'wholeWords', 'regularExpression'] as const;
const fieldNames: readonly FindField[] = ['translation', 'notes', 'source'];

/**
 * Find and replace over the whole project (Ctrl+H). Not modal: the translator can go to a hit
 * and edit while the list stays, kept up to date one segment at a time. Replacing writes through
 * the store's bulk edit: one transaction, a revision per segment, and an Undo that restores every
 * segment it changed (unless the translator changed it again since).
 */
export function FindReplaceDialog({ store, focusToken, onGoTo, onClose }: FindReplaceDialogProps) {
  const { t } = useTranslation();
  const announce = useShellNotice();
  const fold = useCharFold();
  const titleId = useId();
  const findField = useRef<HTMLInputElement>(null);
  const [text, setText] = useState('');
  const [searched, setSearched] = useState('');
  const [replacement, setReplacement] = useState('');
  const [options, setOptions] = useState<FindOptions>(defaultFindOptions);
  const [fields, setFields] = useState<ReadonlySet<FindField>>(() => new Set(['translation']));
  const [current, setCurrent] = useState(0);
  const [busy, setBusy] = useState(false);
  // The last Replace all, undoable from the dialog until the next replace or the dialog closes
  // (the message's Undo goes when the message is dismissed).
  const [lastReplaceAll, setLastReplaceAll] = useState<readonly ReplaceEdit[] | null>(null);
  // A replacement is undone once, from the dialog or from its message, whichever comes first.
  const undone = useRef(new WeakSet<readonly ReplaceEdit[]>());

  useEffect(() => {
    findField.current?.focus();
    findField.current?.select();
  }, [focusToken]);

  useEffect(() => {
    const timer = setTimeout(() => setSearched(text), searchDelayMs);
    return () => clearTimeout(timer);
  }, [text]);

  const compiled = useMemo(
    () => compileQuery({ text: searched, options, fields }, fold),
    [searched, options, fields, fold],
  );
  const results = useMemo(
    () => (compiled.ok ? new FindResults<Segment>(store, compiled.find) : null),
    [compiled, store],
  );
  const version = useResultsVersion(store, results);
  const hits = useMemo(
    () => (results ? results.first(listedHits) : []),
    // The version says the results changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [results, version],
  );
  const currentHit = hits[Math.min(current, hits.length - 1)];
  const canReplace = fields.has('translation') || fields.has('notes');

  const replace = async (edits: ReplaceEdit[], skipped: number, all: boolean) => {
    setLastReplaceAll(null);
    if (edits.length === 0) {
      announce((t) => t('find.nothingReplaced'));
      return;
    }
    setBusy(true);
    try {
      const patches = new Map(edits.map((edit) => [edit.segmentId, edit.after]));
      const { changedElsewhere } = await store.applyBulkEdit(patches);
      const applied = edits.filter((edit) => !changedElsewhere.includes(edit.segmentId));
      const count = applied.reduce((sum, edit) => sum + edit.replaced, 0);
      if (all && applied.length > 0) setLastReplaceAll(applied);
      announce({
        text: (t) =>
          [
            t('find.replaced', { count, segments: applied.length }),
            skipped > 0 ? t('find.skippedDoNotTranslate', { count: skipped }) : '',
            changedElsewhere.length > 0
              ? t('find.changedElsewhere', { count: changedElsewhere.length })
              : '',
          ]
            .filter(Boolean)
            .join(' '),
        action: { label: (t) => t('find.undo'), run: () => void undo(applied) },
      });
    } catch (error) {
      announce({ text: (t) => t('find.failed', { message: messageOf(error) }), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const undo = async (edits: readonly ReplaceEdit[]) => {
    if (undone.current.has(edits)) return;
    undone.current.add(edits);
    setBusy(true);
    // A segment edited again since the replacement keeps the newer text: nothing is lost.
    const { patches, kept } = planReplaceUndo(edits, (id) => store.get(id));
    try {
      if (patches.size > 0) await store.applyBulkEdit(patches);
      setLastReplaceAll((last) => (last === edits ? null : last));
      announce((t) =>
        [
          t('find.undone', { count: patches.size }),
          kept.length > 0 ? t('find.keptNewer', { count: kept.length }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    } catch (error) {
      undone.current.delete(edits);
      announce({ text: (t) => t('find.failed', { message: messageOf(error) }), tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  const replaceOne = (find: CompiledFind) => {
    if (!currentHit || currentHit.field === 'source') return;
    const segment = store.get(currentHit.segmentId);
    if (!segment) return;
    const edit = planReplace(segment, find, replacement, currentHit);
    void replace(edit ? [edit] : [], segment.status === 'do-not-translate' ? 1 : 0, false);
  };

  const replaceAll = (find: CompiledFind, found: FindResults<Segment>) => {
    const edits: ReplaceEdit[] = [];
    let skipped = 0;
    for (const id of found.segmentIds()) {
      const segment = store.get(id);
      if (!segment) continue;
      if (segment.status === 'do-not-translate') {
        skipped += 1;
        continue;
      }
      const edit = planReplace(segment, find, replacement);
      if (edit) edits.push(edit);
    }
    void replace(edits, skipped, true);
  };

  return (
    <dialog
      open
      className="find-dialog"
      aria-labelledby={titleId}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return;
        event.preventDefault();
        onClose();
      }}
    >
      <div className="find-dialog__head">
        <h2 id={titleId} className="dialog__title">
          {t('find.title')}
        </h2>
        <button
          type="button"
          className="find-dialog__close"
          aria-label={t('find.close')}
          title={t('find.close')}
          onClick={onClose}
        >
          ×
        </button>
      </div>
      <form
        className="find-dialog__form"
        onSubmit={(event) => {
          event.preventDefault();
          setSearched(text);
        }}
      >
        <label className="find-dialog__field">
          <span>{t('find.find')}</span>
          <input
            ref={findField}
            type="text"
            value={text}
            spellCheck={false}
            onChange={(event) => {
              setText(event.target.value);
              setCurrent(0);
            }}
          />
        </label>
        <label className="find-dialog__field">
          <span>{t('find.replaceWith')}</span>
          <input
            type="text"
            value={replacement}
            spellCheck={false}
            disabled={!canReplace}
            onChange={(event) => setReplacement(event.target.value)}
          />
        </label>
        <div className="find-dialog__options">
          {optionNames.map((name) => (
            <label key={name}>
              <input
                type="checkbox"
                checked={options[name]}
                onChange={(event) => {
                  setOptions({ ...options, [name]: event.target.checked });
                  setCurrent(0);
                }}
              />
              {t(`find.options.${name}`)}
            </label>
          ))}
        </div>
        <fieldset className="find-dialog__options">
          <legend>{t('find.lookIn')}</legend>
          {fieldNames.map((name) => (
            <label key={name}>
              <input
                type="checkbox"
                checked={fields.has(name)}
                onChange={(event) => {
                  const next = new Set(fields);
                  if (event.target.checked) next.add(name);
                  else next.delete(name);
                  setFields(next);
                  setCurrent(0);
                }}
              />
              {t(`find.fields.${name}`)}
            </label>
          ))}
        </fieldset>
        {fields.has('source') ? (
          <p className="find-dialog__note">{t('find.sourceFindOnly')}</p>
        ) : null}
        <div className="find-dialog__actions">
          <button
            type="button"
            disabled={
              !compiled.ok || !canReplace || !currentHit || currentHit.field === 'source' || busy
            }
            onClick={() => compiled.ok && replaceOne(compiled.find)}
          >
            {t('find.replace')}
          </button>
          <button
            type="button"
            disabled={!compiled.ok || !canReplace || !results || results.total === 0 || busy}
            onClick={() => compiled.ok && results && replaceAll(compiled.find, results)}
          >
            {t('find.replaceAll')}
          </button>
          {lastReplaceAll ? (
            <button type="button" disabled={busy} onClick={() => void undo(lastReplaceAll)}>
              {t('find.undoReplaceAll')}
            </button>
          ) : null}
        </div>
      </form>
      <Summary compiled={compiled} results={results} text={searched} />
      {hits.length > 0 ? (
        <ol className="find-dialog__hits" aria-label={t('find.hits')}>
          {hits.map((hit, at) => (
            <HitItem
              key={`${hit.segmentId}:${hit.field}:${hit.start}`}
              hit={hit}
              text={textOf(store.get(hit.segmentId) ?? emptySegment, hit.field)}
              current={hit === currentHit}
              onGo={() => {
                setCurrent(at);
                onGoTo(hit.segmentId, hit.field === 'notes' ? 'notes' : 'translation');
              }}
            />
          ))}
        </ol>
      ) : null}
    </dialog>
  );
}

const emptySegment = { source: '', translationText: '', notesText: '' } as Parameters<
  typeof textOf
>[0];

function Summary({
  compiled,
  results,
  text,
}: {
  compiled: ReturnType<typeof compileQuery>;
  results: FindResults<Segment> | null;
  text: string;
}) {
  const { t } = useTranslation();
  if (!compiled.ok && compiled.reason === 'invalidRegularExpression') {
    return (
      <p role="alert" className="find-dialog__error">
        {t('find.invalidRegularExpression', {
          pattern: text,
          message: compiled.problem
            ? t(`find.regexProblems.${compiled.problem}`)
            : compiled.message,
        })}
      </p>
    );
  }
  if (!results) return null;
  return (
    <p role="status" className="find-dialog__summary">
      {results.total === 0
        ? t('find.noHits')
        : t('find.found', { count: results.total, segments: results.segmentCount })}
      {results.total > listedHits ? ` ${t('find.listedFirst', { count: listedHits })}` : ''}
    </p>
  );
}

function HitItem({
  hit,
  text,
  current,
  onGo,
}: {
  hit: NumberedHit;
  text: string;
  current: boolean;
  onGo: () => void;
}) {
  const { t } = useTranslation();
  const number = hit.index + 1;
  const from = Math.max(0, hit.start - contextChars);
  const to = Math.min(text.length, hit.end + contextChars);
  return (
    <li className={current ? 'find-dialog__hit find-dialog__hit--current' : 'find-dialog__hit'}>
      <span className="find-dialog__where">
        {t('find.where', { number, field: t(`find.fields.${hit.field}`) })}
      </span>
      <span className="find-dialog__context" lang={hit.field === 'source' ? 'zh' : 'en'}>
        {from > 0 ? '…' : ''}
        {text.slice(from, hit.start)}
        <mark>{text.slice(hit.start, hit.end)}</mark>
        {text.slice(hit.end, to)}
        {to < text.length ? '…' : ''}
      </span>
      <button type="button" onClick={onGo}>
        {t('find.goTo', { number })}
      </button>
    </li>
  );
}

/** Re-renders when the open results change in place (a segment edited, replaced, undone). */
function useResultsVersion(store: SegmentStore, results: FindResults<Segment> | null): number {
  const version = useRef(0);
  return useSyncExternalStore(
    (listener) => {
      if (!results) return () => undefined;
      return store.subscribeChanges((id) => {
        if (!results.update(id)) return;
        version.current += 1;
        listener();
      });
    },
    () => version.current,
  );
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message || error.name : String(error);
}
