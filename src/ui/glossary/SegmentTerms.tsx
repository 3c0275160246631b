import { useTranslation } from 'react-i18next';
import type { SegmentTerm } from './termsOfSegment';

interface SegmentTermsProps {
  terms: readonly SegmentTerm[];
  onInsert: (text: string) => void;
}

/** The active segment's terms, numbered for Alt+1…9; a click inserts one at the caret. */
export function SegmentTerms({ terms, onInsert }: SegmentTermsProps) {
  const { t } = useTranslation();
  return (
    <div className="segment-terms">
      <h3>{t('glossary.segmentTerms')}</h3>
      {terms.length === 0 ? (
        <p className="field__hint">{t('glossary.noSegmentTerms')}</p>
      ) : (
        <>
          <p className="field__hint">{t('glossary.insertHint')}</p>
          <ol>
            {terms.slice(0, 9).map(({ entry, target }) => (
              <li key={entry.id}>
                <button
                  type="button"
                  aria-label={t('glossary.insert', { target })}
                  // Keep the caret in the editor: the click must not take focus from it.
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => onInsert(target)}
                >
                  <span lang="zh">{entry.source}</span>
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
