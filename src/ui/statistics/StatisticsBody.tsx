import type { TFunction } from 'i18next';
import { useCallback, useEffect, useId, useMemo, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import type { Project } from '../../domain/model/project';
import {
  projectStatistics,
  statisticsCsv,
  statisticsTsv,
  type Counts,
  type ProjectStatistics,
  type StatisticsLabels,
} from '../../domain/progress/projectStatistics';
import type { SegmentStore } from '../../storage/segmentStore';
import { downloadFile, fileNameFor } from '../common/downloadFile';

type T = TFunction;

export interface StatisticsProps {
  store: SegmentStore;
  project: Project;
}

/** The Statistics dialog's content (its own chunk: loaded when the dialog first opens). */
export function StatisticsBody({
  store,
  project,
  onClose,
}: StatisticsProps & { onClose: () => void }) {
  const { t, i18n } = useTranslation();
  // Edits still queued are written now, so the counts include the last words typed.
  useEffect(() => void store.flush(), [store]);
  const subscribe = useCallback(
    (listener: () => void) => store.subscribeSaveState(listener),
    [store],
  );
  const segments = useSyncExternalStore(subscribe, () => store.getSavedSnapshot());
  const stats = useMemo(() => projectStatistics(segments), [segments]);
  const [message, setMessage] = useState<{ text: string; failed: boolean } | null>(null);
  const language = i18n.language;
  const format = useMemo(() => {
    const number = new Intl.NumberFormat(language);
    const percent = new Intl.NumberFormat(language, { style: 'percent' });
    return {
      number: (value: number) => number.format(value),
      percent: (value: number) => percent.format(value / 100),
    };
  }, [language]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(statisticsTsv(stats, statisticsLabels(t)));
      setMessage({ text: t('statistics.copied'), failed: false });
    } catch (caught) {
      const reason = caught instanceof Error ? caught.message : String(caught);
      setMessage({ text: t('statistics.copyFailed', { message: reason }), failed: true });
    }
  };
  const download = () =>
    downloadFile(
      fileNameFor(project.name, t('statistics.fileSuffix')),
      statisticsCsv(stats, statisticsLabels(t)),
      'text/csv;charset=utf-8',
    );

  return (
    <div className="statistics__body">
      <StatusTable stats={stats} number={format.number} />
      <SectionTable
        stats={stats}
        sourceLang={project.sourceLang}
        number={format.number}
        percent={format.percent}
      />
      <p className="field__hint statistics__rule">{t('statistics.countRule')}</p>
      <p role="status" className="statistics__message">
        {message && !message.failed ? message.text : null}
      </p>
      {message?.failed ? (
        <p role="alert" className="field__error">
          {message.text}
        </p>
      ) : null}
      <div className="dialog__actions">
        <button type="button" onClick={() => void copy()}>
          {t('statistics.copy')}
        </button>
        <button type="button" onClick={download}>
          {t('statistics.download')}
        </button>
        <button type="button" onClick={onClose}>
          {t('statistics.close')}
        </button>
      </div>
    </div>
  );
}

function StatusTable({
  stats,
  number,
}: {
  stats: ProjectStatistics;
  number: (value: number) => string;
}) {
  const { t } = useTranslation();
  const cells = (row: Counts) => (
    <>
      <td>{number(row.segments)}</td>
      <td>{number(row.characters)}</td>
      <td>{number(row.words)}</td>
    </>
  );
  return (
    <table className="statistics__table">
      <caption>{t('statistics.byStatus')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('statistics.status')}</th>
          <th scope="col">{t('statistics.segments')}</th>
          <th scope="col">{t('statistics.characters')}</th>
          <th scope="col">{t('statistics.words')}</th>
        </tr>
      </thead>
      <tbody>
        {stats.statuses.map((row) => (
          <tr key={row.status}>
            <th scope="row">{t(`status.${row.status}`)}</th>
            {cells(row)}
          </tr>
        ))}
      </tbody>
      <tfoot>
        <tr className="statistics__total">
          <th scope="row">{t('statistics.total')}</th>
          {cells(stats.total)}
        </tr>
        <tr>
          <th scope="row">{t('statistics.repetitions')}</th>
          <td>{number(stats.repetitions.segments)}</td>
          <td>{number(stats.repetitions.characters)}</td>
          <td />
        </tr>
      </tfoot>
    </table>
  );
}

function SectionTable({
  stats,
  sourceLang,
  number,
  percent,
}: {
  stats: ProjectStatistics;
  sourceLang: string;
  number: (value: number) => string;
  percent: (value: number) => string;
}) {
  const { t } = useTranslation();
  const captionId = useId();
  if (stats.sections.length === 0) return null;
  // The sections scroll under their column headers; the status table above stays in view.
  return (
    <div className="statistics__scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
      <table className="statistics__table statistics__sections">
        <caption id={captionId}>{t('statistics.bySection')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('statistics.section')}</th>
            <th scope="col">{t('statistics.firstSegment')}</th>
            <th scope="col">{t('statistics.segments')}</th>
            <th scope="col">{t('statistics.characters')}</th>
            <th scope="col">{t('statistics.words')}</th>
            <th scope="col">{t('statistics.translated')}</th>
          </tr>
        </thead>
        <tbody>
          {stats.sections.map((section) => (
            <tr key={section.firstNumber}>
              {section.heading === null ? (
                <th scope="row">{t('statistics.beforeFirstHeading')}</th>
              ) : (
                <th scope="row" lang={sourceLang} title={section.heading}>
                  {section.heading}
                </th>
              )}
              <td>{number(section.firstNumber)}</td>
              <td>{number(section.segments)}</td>
              <td>{number(section.characters)}</td>
              <td>{number(section.words)}</td>
              <td>
                {section.percentTranslated === null
                  ? t('statistics.nothingToTranslate')
                  : percent(section.percentTranslated)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function statisticsLabels(t: T): StatisticsLabels {
  return {
    status: t('statistics.status'),
    segments: t('statistics.segments'),
    characters: t('statistics.characters'),
    words: t('statistics.words'),
    statuses: {
      untranslated: t('status.untranslated'),
      draft: t('status.draft'),
      translated: t('status.translated'),
      reviewed: t('status.reviewed'),
      'do-not-translate': t('status.do-not-translate'),
    },
    total: t('statistics.total'),
    repetitions: t('statistics.repetitions'),
    section: t('statistics.section'),
    firstSegment: t('statistics.firstSegment'),
    percentTranslated: t('statistics.translatedPercent'),
    beforeFirstHeading: t('statistics.beforeFirstHeading'),
  };
}
