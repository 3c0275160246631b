import { memo, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTranslatorName } from '../projectDetails/useTranslatorName';
import { newComment } from '../../domain/comments/sourceComment';
import type { SegmentStore } from '../../storage/segmentStore';
import { Dialog } from '../common/Dialog';
import { useShellNotice } from '../common/ShellNotice';
import { sourceSelection, type SourceSelection } from './sourceSelection';
import './comments.css';

interface SourceCommentActionProps {
  store: SegmentStore;
  /** Called once a comment is added (the workspace shows the Comments tab). */
  onAdded?: (segmentId: string) => void;
}

/** Ctrl+Alt+M (the physical M: Alt changes `key` on some layouts). */
function isCommentShortcut(event: KeyboardEvent): boolean {
  return (
    (event.ctrlKey || event.metaKey) && event.altKey && !event.shiftKey && event.code === 'KeyM'
  );
}

/**
 * Text selected in a source cell gets a "Comment" button beside it (and Ctrl+Alt+M): a dialog
 * asks for the comment, which is kept on the segment with the span, the translator's name and
 * the time. Source cells are static text, so the selection is read from the document.
 * Memoised: the workspace renders again at each move between segments, and this does not
 * depend on the active segment.
 */
export const SourceCommentAction = memo(function SourceCommentAction({
  store,
  onAdded,
}: SourceCommentActionProps) {
  const { t } = useTranslation();
  const translatorName = useTranslatorName(store.projectId);
  const announce = useShellNotice();
  const [selected, setSelected] = useState<SourceSelection | null>(null);
  const [drafting, setDrafting] = useState<SourceSelection | null>(null);
  const [text, setText] = useState('');
  const [problem, setProblem] = useState('');
  const fieldId = useId();
  const problemId = useId();

  useEffect(() => {
    const read = () => sourceSelection(document.getSelection(), (id) => store.get(id)?.source);
    let shown = false;
    // Read in the next frame, once however many changes came before it: where the selection
    // sits needs a layout, which read at once would hold up other listeners' work (the
    // Dictionary's look-up of the same selection) and be done again for the frame.
    let frame = 0;
    const onSelectionChange = () => {
      if (frame !== 0) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const now = read();
        shown = now !== null;
        setSelected(now);
      });
    };
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isCommentShortcut(event) || event.isComposing) return;
      const now = read();
      event.preventDefault();
      if (now) setDrafting(now);
      else announce({ text: (t) => t('comments.notInSource'), tone: 'error' });
    };
    document.addEventListener('selectionchange', onSelectionChange);
    // The button follows the selection when the list scrolls under it. With no button, a scroll
    // (each move between segments) reads nothing: reading the selection forces a layout.
    const onScroll = () => void (shown && onSelectionChange());
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    document.addEventListener('keydown', onKeyDown);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('selectionchange', onSelectionChange);
      document.removeEventListener('scroll', onScroll, { capture: true });
      document.removeEventListener('keydown', onKeyDown);
    };
  }, [store, announce, t]);

  const close = () => {
    setDrafting(null);
    setText('');
    setProblem('');
  };

  const add = () => {
    if (!drafting) return;
    const segment = store.get(drafting.segmentId);
    if (!segment) return close();
    if (text.trim() === '') {
      setProblem(t('comments.emptyText'));
      return;
    }
    const comment = newComment(
      segment.source,
      drafting.span,
      text.trim(),
      translatorName,
      Date.now(),
    );
    store.update(segment.id, { comments: [...(segment.comments ?? []), comment] });
    void store.flush();
    announce((t) => t('comments.added', { number: store.indexOf(segment.id) + 1 }));
    onAdded?.(segment.id);
    close();
  };

  const quote = drafting
    ? (store.get(drafting.segmentId)?.source ?? '').slice(
        drafting.span.offset,
        drafting.span.offset + drafting.span.length,
      )
    : '';

  return (
    <>
      {selected && !drafting ? (
        <button
          type="button"
          className="comment-action"
          style={{ top: selected.rect.bottom + 4, left: selected.rect.left }}
          title={t('comments.addHint')}
          // Keeps the selection: the button acts on what is selected.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setDrafting(selected)}
        >
          {t('comments.add')}
        </button>
      ) : null}
      <Dialog open={drafting !== null} title={t('comments.dialogTitle', { quote })} onClose={close}>
        <form
          className="comment-form"
          onSubmit={(event) => {
            event.preventDefault();
            add();
          }}
        >
          <label htmlFor={fieldId}>{t('comments.field')}</label>
          <textarea
            id={fieldId}
            value={text}
            rows={4}
            data-autofocus
            aria-invalid={problem !== ''}
            aria-describedby={problem ? problemId : undefined}
            onChange={(event) => {
              setText(event.target.value);
              setProblem('');
            }}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
                event.preventDefault();
                add();
              }
            }}
          />
          {problem ? (
            <p id={problemId} role="alert" className="comment-form__problem">
              {problem}
            </p>
          ) : null}
          <div className="dialog__actions">
            <button type="button" onClick={close}>
              {t('comments.cancel')}
            </button>
            <button type="submit">{t('comments.submit')}</button>
          </div>
        </form>
      </Dialog>
    </>
  );
});
