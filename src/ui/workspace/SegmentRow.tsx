import { memo, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { countCharacters } from '../../domain/progress/translationProgress';
import type { ScriptConverter } from '../../domain/script/convertScript';
import type { EditorCommand } from '../../editor/editorCommandForKey';
import type { CaretTarget, SegmentEditorHandle } from '../../editor/SegmentEditor';
import { useSegment } from '../../storage/hooks/useSegmentStore';
import type { SegmentField as Field } from '../../storage/repositories/settings';
import type { SegmentStore } from '../../storage/segmentStore';
import { useGlossaryContext } from '../glossary/GlossaryContext';
import { SegmentConflict } from './SegmentConflict';
import { SegmentField } from './SegmentField';
import { SourceText } from './SourceText';
import { StatusSelect } from './StatusSelect';
import { QaBadge } from '../quality/QaBadge';
import { useSegmentQa } from '../quality/useQualityChecks';
import { FillLabel } from '../memory/FillLabel';
import { SegmentTypeSelect } from '../structure/SegmentTypeSelect';
import { segmentTypeOf, segmentTypePatch } from '../../domain/model/segmentType';
import { useFootnoteOptions } from '../footnotes/useFootnoteOptions';

export interface SegmentRowActions {
  activate: (segmentId: string, field: Field, caret: CaretTarget | null) => void;
  command: (segmentId: string, command: EditorCommand, handle: SegmentEditorHandle) => void;
  blur: () => void;
  editorReady: (handle: SegmentEditorHandle | null) => void;
  openHistory: (segmentId: string) => void;
}

interface SegmentRowProps {
  store: SegmentStore;
  segmentId: string;
  index: number;
  isCurrent: boolean;
  liveField: Field | null;
  caretTarget: CaretTarget | null;
  focusToken: number;
  convert: ScriptConverter;
  showReadings: boolean;
  sourceLang: string;
  /** Notes in a column of their own rather than under the translation. */
  notesColumn: boolean;
  actions: SegmentRowActions;
}

/** One aligned row. Re-renders only when its own segment or its active state changes. */
export const SegmentRow = memo(function SegmentRow(props: SegmentRowProps) {
  const { store, segmentId, index, isCurrent, liveField, caretTarget, actions } = props;
  const { t } = useTranslation();
  const segment = useSegment(store, segmentId);
  const { findTerms, entriesById } = useGlossaryContext();
  const source = segment?.source ?? '';
  const occurrences = useMemo(() => findTerms(source), [findTerms, source]);
  const qa = useSegmentQa(store, segmentId);
  const footnotes = useFootnoteOptions(store, segmentId, index + 1);
  if (!segment) return null;
  const number = index + 1;
  const fieldProps = (field: Field) => ({
    live: liveField === field,
    caretTarget: liveField === field ? caretTarget : null,
    focusToken: liveField === field ? props.focusToken : 0,
    lang: 'en',
    onActivate: (caret: CaretTarget | null) => actions.activate(segmentId, field, caret),
    onCommand: (command: EditorCommand, handle: SegmentEditorHandle) =>
      actions.command(segmentId, command, handle),
    onBlur: actions.blur,
    onEditorReady: actions.editorReady,
    externalRevision: store.getExternalRevision(segmentId),
  });

  const notesEmpty = segment.notesText.trim() === '';
  const notes = (
    <div
      className={[
        'segment__notes',
        props.notesColumn ? 'segment__notes--column' : 'segment__notes--inline',
        notesEmpty ? 'segment__notes--empty' : '',
      ].join(' ')}
    >
      <SegmentField
        {...fieldProps('notes')}
        content={segment.notes}
        isEmpty={notesEmpty}
        label={t('segment.notes')}
        placeholder={t('segment.notesPlaceholder')}
        onChange={(doc, text) => store.update(segmentId, { notes: doc, notesText: text })}
      />
    </div>
  );

  return (
    <div
      role="group"
      aria-label={t('segment.group', { number })}
      tabIndex={-1}
      data-segment-id={segmentId}
      className={[
        'segment',
        `segment--${segment.kind}`,
        `segment--${segment.status}`,
        `segment--type-${segmentTypeOf(segment)}`,
        isCurrent ? 'segment--current' : '',
      ].join(' ')}
    >
      <div className="segment__number" aria-hidden="true">
        {t('segment.number', { number })}
      </div>
      <SourceText
        segment={segment}
        convert={props.convert}
        showReadings={props.showReadings}
        lang={props.sourceLang}
        occurrences={occurrences}
        entriesById={entriesById}
        qaRanges={qa.sourceRanges}
        comments={segment.comments}
      />
      <div className="segment__target">
        <SegmentField
          {...fieldProps('translation')}
          marks={qa.translationRanges}
          footnotes={footnotes}
          content={segment.translation}
          isEmpty={segment.translationText.trim() === ''}
          label={t('segment.translation')}
          placeholder={t('segment.translationPlaceholder')}
          onChange={(doc, text) =>
            store.update(segmentId, { translation: doc, translationText: text })
          }
        />
        {props.notesColumn ? null : notes}
      </div>
      {props.notesColumn ? notes : null}
      <div className="segment__meta">
        <StatusSelect
          status={segment.status}
          onChange={(status) => store.update(segmentId, { status })}
        />
        <SegmentTypeSelect
          type={segmentTypeOf(segment)}
          onChange={(type) => store.update(segmentId, segmentTypePatch(type))}
        />
        <FillLabel fill={segment.fill} />
        <div className="segment__meta-line">
          <span className="segment__count">
            {t('segment.characterCount', { count: countCharacters(segment.source) })}
          </span>
          <QaBadge issues={qa.issues} />
          <button
            type="button"
            className="segment__history"
            aria-label={t('history.open')}
            title={t('history.open')}
            onClick={() => actions.openHistory(segmentId)}
          >
            <span className="icon icon--history" aria-hidden="true" />
          </button>
        </div>
      </div>
      <SegmentConflict store={store} segmentId={segmentId} />
    </div>
  );
});
