import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTranslatorName } from '../projectDetails/useTranslatorName';
import { changeComment, withReply, type SourceComment } from '../../domain/comments/sourceComment';
import type { Project } from '../../domain/model/project';
import { querySheetFor, type QuerySheetFormat } from '../../domain/formats/querySheet/querySheet';
import type { SegmentStore } from '../../storage/segmentStore';
import { downloadFile, fileNameFor } from '../common/downloadFile';
import { useShellNotice } from '../common/ShellNotice';
import { useProjectComments, type ListedComment } from './commentIndex';
import './comments.css';

type Filter = 'open' | 'resolved' | 'all';

interface CommentsPanelProps {
  project: Pick<Project, 'name' | 'sourceLang'>;
  store: SegmentStore;
  onJump: (segmentId: string) => void;
}

/**
 * Every comment on the source, in document order, filtered by status: the commented words, the
 * comment, who wrote it and when, replies, and the actions on it. The open ones export as a
 * query sheet for the client.
 */
export function CommentsPanel({ project, store, onJump }: CommentsPanelProps) {
  const { t } = useTranslation();
  const announce = useShellNotice();
  const all = useProjectComments(store);
  const [filter, setFilter] = useState<Filter>('open');
  const [format, setFormat] = useState<QuerySheetFormat>('csv');
  const filterId = useId();
  const formatId = useId();
  const shown = useMemo(
    () => (filter === 'all' ? all : all.filter((item) => item.comment.status === filter)),
    [all, filter],
  );

  const exportQueries = () => {
    const sheet = querySheetFor(store.currentSegments(), project, format, (key, values) =>
      String(t(key as never, values as never)),
    );
    if (!sheet) {
      announce({ text: (t) => t('comments.noOpenQueries'), tone: 'error' });
      return;
    }
    downloadFile(fileNameFor(project.name, sheet.suffix), sheet.content, sheet.mimeType);
    announce((t) => t('comments.exported', { count: sheet.count }));
  };

  return (
    <section className="comments" aria-label={t('comments.panel')}>
      <div className="comments__bar">
        <label htmlFor={filterId}>{t('comments.filter')}</label>
        <select
          id={filterId}
          value={filter}
          onChange={(event) => setFilter(event.target.value as Filter)}
        >
          <option value="open">{t('comments.filterOpen')}</option>
          <option value="resolved">{t('comments.filterResolved')}</option>
          <option value="all">{t('comments.filterAll')}</option>
        </select>
      </div>
      <div className="comments__bar">
        <label htmlFor={formatId} className="comments__format-label">
          {t('comments.exportFormat')}
        </label>
        <select
          id={formatId}
          value={format}
          onChange={(event) => setFormat(event.target.value as QuerySheetFormat)}
        >
          <option value="csv">{t('comments.formatCsv')}</option>
          <option value="html">{t('comments.formatHtml')}</option>
        </select>
        <button type="button" onClick={exportQueries}>
          {t('comments.exportQueries')}
        </button>
      </div>
      {shown.length === 0 ? (
        <p className="comments__none">{t('comments.none')}</p>
      ) : (
        <ul className="comments__list">
          {shown.map((item) => (
            <CommentItem
              key={`${item.segmentId}/${item.comment.id}`}
              item={item}
              store={store}
              sourceLang={project.sourceLang}
              onJump={onJump}
            />
          ))}
        </ul>
      )}
    </section>
  );
}

function CommentItem({
  item,
  store,
  sourceLang,
  onJump,
}: {
  item: ListedComment;
  store: SegmentStore;
  sourceLang: string;
  onJump: (segmentId: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const translatorName = useTranslatorName(store.projectId);
  const announce = useShellNotice();
  const [reply, setReply] = useState('');
  const replyId = useId();
  const { segmentId, number, comment } = item;
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });
  const byline = (author: string, at: number) =>
    at > 0
      ? t('comments.byline', {
          author: author || t('comments.unknownAuthor'),
          time: time.format(at),
        })
      : author || t('comments.unknownAuthor');

  const change = (update: (comment: SourceComment) => SourceComment | null) => {
    const segment = store.get(segmentId);
    if (!segment) return;
    store.update(segmentId, {
      comments: changeComment(segment.comments ?? [], comment.id, update),
    });
    void store.flush();
  };

  const remove = () => {
    const before = store.get(segmentId)?.comments ?? [];
    change(() => null);
    announce({
      text: (t) => t('comments.deleted', { number }),
      action: {
        label: (t) => t('comments.undo'),
        run: () => {
          // Back in its place, with anything else done to the segment's comments since.
          const now = store.get(segmentId)?.comments ?? [];
          if (now.some((kept) => kept.id === comment.id)) return;
          const restored = before.filter(
            (kept) => kept.id === comment.id || now.some((other) => other.id === kept.id),
          );
          const added = now.filter((other) => !before.some((kept) => kept.id === other.id));
          store.update(segmentId, { comments: [...restored, ...added] });
        },
      },
    });
  };

  const addReply = () => {
    if (reply.trim() === '') return;
    change((current) =>
      withReply(current, { author: translatorName, createdAt: Date.now(), text: reply.trim() }),
    );
    setReply('');
  };

  return (
    <li>
      <article
        className={`comment comment--${comment.status}`}
        aria-label={t('comments.item', { number })}
      >
        <blockquote className="comment__quote" lang={sourceLang}>
          {comment.span ? comment.quote : t('comments.wholeSegment')}
        </blockquote>
        <p className="comment__text">{comment.text}</p>
        <p className="comment__meta">
          {byline(comment.author, comment.createdAt)}
          {' · '}
          {comment.status === 'open' ? t('comments.statusOpen') : t('comments.statusResolved')}
        </p>
        {comment.replies.length > 0 ? (
          <ul className="comment__replies" aria-label={t('comments.replies')}>
            {comment.replies.map((answer) => (
              <li key={answer.id}>
                <p className="comment__text">{answer.text}</p>
                <p className="comment__meta">{byline(answer.author, answer.createdAt)}</p>
              </li>
            ))}
          </ul>
        ) : null}
        <form
          className="comment__reply"
          onSubmit={(event) => {
            event.preventDefault();
            addReply();
          }}
        >
          <label htmlFor={replyId} className="visually-hidden">
            {t('comments.reply')}
          </label>
          <input
            id={replyId}
            value={reply}
            placeholder={t('comments.reply')}
            onChange={(event) => setReply(event.target.value)}
          />
          <button type="submit">{t('comments.addReply')}</button>
        </form>
        <div className="comment__actions">
          <button type="button" onClick={() => onJump(segmentId)}>
            {t('comments.goTo', { number })}
          </button>
          <button
            type="button"
            onClick={() =>
              change((current) => ({
                ...current,
                status: current.status === 'open' ? 'resolved' : 'open',
              }))
            }
          >
            {comment.status === 'open' ? t('comments.resolve') : t('comments.reopen')}
          </button>
          <button type="button" className="comment__delete" onClick={remove}>
            {t('comments.delete')}
          </button>
        </div>
      </article>
    </li>
  );
}
