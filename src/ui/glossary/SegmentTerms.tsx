import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { SegmentTerm } from './termsOfSegment';

interface SegmentTermsProps {
  terms: readonly SegmentTerm[];
  onInsert: (text: string) => void;
}

/** The active segment's terms, numbered for Alt+1…9; a click inserts one at the caret. */
export function SegmentTerms({ terms, onInsert }: SegmentTermsProps) {
  const { t } = useTranslation();
  const hintId = useId();
  return (
    <div className="segment-terms">
      <h3>{t('glossary.segmentTerms')}</h3>
      {terms.length === 0 ? (
        <p className="field__hint">{t('glossary.noSegmentTerms')}</p>
      ) : (
        <>
          <p id={hintId} className="field__hint">
            {t('glossary.insertHint')}
          </p>
          <ol>
            {terms.slice(0, 9).map(({ entry, target }, index) => (
              <li key={entry.id}>
                {/* Named by what it shows (WCAG 2.5.3); the hint says what a click does. */}
                <button
                  type="button"
                  className="glossary-chip"
                  aria-describedby={hintId}
                  aria-keyshortcuts={`Alt+${index + 1}`}
                  // Keep the caret in the editor: the click must not take focus from it.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onInsert(target)}
                >
                  <span lang="zh">{entry.source}</span>
                  {' → '}
                  <span lang="en">{target}</span>
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
