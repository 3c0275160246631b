import { memo, useCallback, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { countKey, projectCheckIds } from '../../domain/qa/QaEngine';
import { perSegmentCheckIds } from '../../domain/qa/checkIds';
import type { QaIssue } from '../../domain/qa/types';
import { useQaSettings } from '../../storage/hooks/useQaSettings';
import { updateQaSettings } from '../../storage/repositories/settings';
import type { SegmentStore } from '../../storage/segmentStore';
import { useShellNotice } from '../common/ShellNotice';
import { qaSessionOf } from './QaSession';
import { useQaVersion } from './useQualityChecks';
import { qaMessage, useQaText } from './qaText';
import './quality.css';

interface QualityPanelProps {
  projectId: string;
  store: SegmentStore;
  onJump: (segmentId: string) => void;
  /** Issues shown at first, and added by each "Show more". */
  pageSize?: number;
}

/** Every check the project can run, per-segment ones first. */
const checkIds = [...perSegmentCheckIds, ...projectCheckIds];

/**
 * Every quality issue of the project: counts per check and severity, the issues a page at a time
 * in document order (a project of 20,000 segments can have thousands), each with "Go to segment
 * N" and "Ignore"; ignored issues can be shown and restored, and whole checks switched off.
 */
export function QualityPanel(props: QualityPanelProps) {
  // Typing changes issues at every key: the panel follows at a lower priority than the row, and
  // its urgent renders (the same deferred version) are skipped.
  const version = useDeferredValue(useQaVersion(qaSessionOf(props.store)));
  return <PanelContent {...props} version={version} />;
}

const PanelContent = memo(function PanelContent({
  projectId,
  store,
  onJump,
  pageSize = 100,
  version,
}: QualityPanelProps & { version: number }) {
  const { t, i18n } = useTranslation();
  const db = useWorkspaceDb();
  const announce = useShellNotice();
  const session = qaSessionOf(store);
  const settings = useQaSettings(db, projectId);
  const titleId = useId();
  const [shown, setShown] = useState(pageSize);
  const [showIgnored, setShowIgnored] = useState(false);
  const describe = useQaText();
  const { engine } = session;
  // The engine changes in place and `version` (a prop, so this renders when it changes) says
  // when: reading it on each render is cheap (a page of issues, counts kept as they change).
  void version;
  const listed = engine.list(shown);
  const counts = engine.countsBy();
  const total = counts.total;
  const ignoredCount = settings?.ignored.length ?? 0;
  const ignored = showIgnored ? engine.ignoredIssues(pageSize) : [];

  const ignore = (issue: QaIssue, number: number) => {
    const change = (add: boolean) =>
      updateQaSettings(db, projectId, (current) => ({
        ...current,
        ignored: add
          ? [...current.ignored.filter((key) => key !== issue.key), issue.key]
          : current.ignored.filter((key) => key !== issue.key),
      }));
    void change(true).then(
      () =>
        announce({
          text: (t) => t('qa.ignored', { number, message: qaMessage(t, issue) }),
          action: { label: (t) => t('qa.undo'), run: () => void change(false) },
        }),
      (error: unknown) => announce({ text: String(error), tone: 'error' }),
    );
  };
  const restore = (issue: QaIssue) =>
    void updateQaSettings(db, projectId, (current) => ({
      ...current,
      ignored: current.ignored.filter((key) => key !== issue.key),
    }));
  const toggleCheck = (check: string, enabled: boolean) =>
    void updateQaSettings(db, projectId, (current) => ({
      ...current,
      disabled: enabled
        ? current.disabled.filter((id) => id !== check)
        : [...current.disabled.filter((id) => id !== check), check],
    }));

  // The list's items are memoised: they get callbacks that stay the same object.
  const latest = useRef({ onJump, ignore });
  useEffect(() => {
    latest.current = { onJump, ignore };
  });
  const jump = useCallback((segmentId: string) => latest.current.onJump(segmentId), []);
  const ignoreIssue = useCallback(
    (issue: QaIssue, number: number) => latest.current.ignore(issue, number),
    [],
  );

  const checkName = (check: string) =>
    i18n.exists(`qa.checks.${check}`) ? t(`qa.checks.${check}` as 'qa.checks.numbers') : check;
  const hidden = total - listed.length;

  return (
    <section className="quality" aria-label={t('qa.panel')}>
      <h2 id={titleId} className="quality__title">
        {t('qa.panel')}
        <span className="quality__total">{t('qa.summary', { count: total })}</span>
      </h2>
      <fieldset className="quality__checks">
        <legend>{t('qa.checksLabel')}</legend>
        {checkIds.map((check) => {
          const errors = counts.byCheck.get(countKey(check, 'error')) ?? 0;
          const warnings = counts.byCheck.get(countKey(check, 'warning')) ?? 0;
          const enabled = !settings?.disabled.includes(check);
          return (
            <label key={check} className="quality__check">
              <input
                type="checkbox"
                role="switch"
                checked={enabled}
                disabled={!settings}
                onChange={(event) => toggleCheck(check, event.target.checked)}
              />
              <span>{checkName(check)}</span>
              <span
                className="quality__counts"
                title={t('qa.checkCount', { check: checkName(check), errors, warnings })}
              >
                {errors > 0 ? (
                  <span className="quality__count quality__count--error">{errors}</span>
                ) : null}
                {warnings > 0 ? (
                  <span className="quality__count quality__count--warning">{warnings}</span>
                ) : null}
              </span>
            </label>
          );
        })}
      </fieldset>
      {total === 0 ? (
        <p className="quality__none">{engine.hasLoaded() ? t('qa.none') : t('qa.checking')}</p>
      ) : null}
      <ul className="quality__list">
        {listed.map((item) => (
          <IssueItem
            key={item.issue.key}
            issue={item.issue}
            number={item.number}
            onJump={jump}
            onIgnore={ignoreIssue}
          />
        ))}
      </ul>
      {hidden > 0 ? (
        <button
          type="button"
          className="quality__more"
          onClick={() => setShown((count) => count + pageSize)}
        >
          {t('qa.showMore', { count: Math.min(pageSize, hidden) })}
        </button>
      ) : null}
      {ignoredCount > 0 ? (
        <div className="quality__ignored">
          <button
            type="button"
            aria-expanded={showIgnored}
            onClick={() => setShowIgnored(!showIgnored)}
          >
            {t('qa.showIgnored', { count: ignoredCount })}
          </button>
          {showIgnored ? (
            <ul aria-label={t('qa.ignoredTitle')}>
              {ignored.map(({ issue, number }) => (
                <li key={issue.key} className={`quality__issue quality__issue--${issue.severity}`}>
                  <span className="quality__message">{describe(issue)}</span>
                  <span className="quality__actions">
                    <button type="button" onClick={() => onJump(issue.segmentId)}>
                      {t('qa.goTo', { number })}
                    </button>
                    <button type="button" onClick={() => restore(issue)}>
                      {t('qa.restore')}
                    </button>
                  </span>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </section>
  );
});

/** One issue; the same issue object renders once however often the panel does. */
const IssueItem = memo(function IssueItem({
  issue,
  number,
  onJump,
  onIgnore,
}: {
  issue: QaIssue;
  number: number;
  onJump: (segmentId: string) => void;
  onIgnore: (issue: QaIssue, number: number) => void;
}) {
  const { t } = useTranslation();
  const describe = useQaText();
  return (
    <li className={`quality__issue quality__issue--${issue.severity}`}>
      <span className="quality__severity">{t(`qa.severity.${issue.severity}`)}</span>
      <span className="quality__message">{describe(issue)}</span>
      <span className="quality__actions">
        <button type="button" onClick={() => onJump(issue.segmentId)}>
          {t('qa.goTo', { number })}
        </button>
        <button type="button" onClick={() => onIgnore(issue, number)}>
          {t('qa.ignore')}
        </button>
      </span>
    </li>
  );
});
