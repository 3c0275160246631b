import { diffWordsWithSpace } from 'diff';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import type { SegmentRevision } from '../../domain/model/segmentRevision';
import { segmentTypeOf, segmentTypePatch } from '../../domain/model/segmentType';
import { useSegment } from '../../storage/hooks/useSegmentStore';
import { useRevisions } from '../../storage/hooks/useRevisions';
import type { SegmentStore } from '../../storage/segmentStore';
import { Dialog } from '../common/Dialog';
import { FillNote } from '../memory/FillLabel';

interface Props {
  store: SegmentStore;
  segmentId: string;
  onClose: () => void;
}

/** A segment's saved versions with what each differs from the current text, and Restore. */
export function HistoryDialog({ store, segmentId, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open
      title={t('history.title', { number: store.indexOf(segmentId) + 1 })}
      onClose={onClose}
      className="history"
    >
      <HistoryList store={store} segmentId={segmentId} onClose={onClose} />
    </Dialog>
  );
}

function HistoryList({ store, segmentId, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const db = useWorkspaceDb();
  const current = useSegment(store, segmentId);
  const revisions = useRevisions(db, store.projectId, segmentId);
  const time = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
  const restore = (revision: SegmentRevision) => {
    store.replace(segmentId, {
      translation: revision.translation,
      translationText: revision.translationText,
      notes: revision.notes,
      notesText: revision.notesText,
      status: revision.status,
      // Revisions from before types were kept leave the type as it is.
      ...(revision.type ? segmentTypePatch(revision.type) : {}),
    });
    void store.flush();
    onClose();
  };
  const currentText = current?.translationText ?? '';
  const currentType = current ? segmentTypeOf(current) : undefined;

  return (
    <div className="history__body">
      <p className="history__legend">{t('history.legend')}</p>
      {revisions?.length === 0 ? <p>{t('history.empty')}</p> : null}
      <ol className="history__list" aria-label={t('history.list')}>
        {(revisions ?? []).map((revision) => {
          const isCurrent =
            revision.translationText === currentText &&
            revision.notesText === current?.notesText &&
            revision.status === current?.status &&
            (revision.type === undefined || revision.type === currentType);
          return (
            <li key={revision.seq} className="history__item">
              <div className="history__meta">
                <time dateTime={new Date(revision.savedAt).toISOString()}>
                  {time.format(revision.savedAt)}
                </time>
                <span>{t(`status.${revision.status}`)}</span>
                {revision.type ? <span>{t(`structure.types.${revision.type}`)}</span> : null}
                {isCurrent ? <span>{t('history.isCurrent')}</span> : null}
                <FillNote fill={revision.fill} />
              </div>
              <p className="history__text" lang="en">
                {diffWordsWithSpace(revision.translationText, currentText).map((part, index) =>
                  part.removed ? (
                    <del key={index}>{part.value}</del>
                  ) : part.added ? (
                    <ins key={index}>{part.value}</ins>
                  ) : (
                    <span key={index}>{part.value}</span>
                  ),
                )}
              </p>
              {revision.notesText ? (
                <p className="history__notes">{t('history.notes', { text: revision.notesText })}</p>
              ) : null}
              <button type="button" disabled={isCurrent} onClick={() => restore(revision)}>
                {t('history.restore')}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="dialog__actions">
        <button type="button" onClick={onClose}>
          {t('history.close')}
        </button>
      </div>
    </div>
  );
}
