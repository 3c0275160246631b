import { useId, useMemo, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { checkTerminology } from '../../domain/glossary/checkTerminology';
import type { SegmentStore } from '../../storage/segmentStore';
import { describeIssue } from '../workspace/TerminologyIssues';
import type { GlossaryContextValue } from './GlossaryContext';

interface TerminologyReportProps {
  store: SegmentStore;
  glossary: GlossaryContextValue;
  onJump: (segmentId: string) => void;
}

/**
 * Every terminology flag in the project. It is recomputed when edits have been saved, not on
 * each keystroke, so its cost never lands on typing.
 */
export function TerminologyReport({ store, glossary, onJump }: TerminologyReportProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const segments = useSyncExternalStore(
    (listener) => store.subscribeSaveState(listener),
    () => store.getSavedSnapshot(),
  );
  const flags = useMemo(
    () =>
      segments.flatMap((segment, index) =>
        checkTerminology(
          glossary.findTerms(segment.source),
          segment.translationText,
          glossary.entriesById,
        ).map((issue) => ({ segmentId: segment.id, number: index + 1, issue })),
      ),
    [segments, glossary],
  );

  return (
    <section className="terminology-report" aria-labelledby={titleId}>
      <h3 id={titleId}>{t('terminology.title')}</h3>
      {flags.length === 0 ? <p className="field__hint">{t('terminology.none')}</p> : null}
      <ul>
        {flags.map(({ segmentId, number, issue }) => (
          <li key={`${segmentId}-${issue.kind}-${issue.entryId}`}>
            <button type="button" onClick={() => onJump(segmentId)}>
              {t('terminology.jump', { number, issue: describeIssue(issue, t) })}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
