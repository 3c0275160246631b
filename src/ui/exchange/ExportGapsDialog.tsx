import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportFormat } from '../../domain/formats/exportFormats';
import type {
  PublicationGaps,
  UntranslatedPolicy,
} from '../../domain/formats/publication/publishableSegments';
import { Dialog } from '../common/Dialog';
import { ReadinessSummary, type Readiness } from './ReadinessSummary';
import './exportGaps.css';

/** Visible choices first: leaving text out is the last option, never the default. */
const choices: readonly UntranslatedPolicy[] = ['source', 'placeholder', 'omit'];

interface Props {
  format: ExportFormat;
  gaps: PublicationGaps;
  /** The project's last choice, or the default. */
  initialPolicy: UntranslatedPolicy;
  onExport: (policy: UntranslatedPolicy) => void;
  onCancel: () => void;
  /** What else may need the translator first; absent, only the gaps are counted. */
  readiness?: Readiness;
  /** Closes the dialog (nothing is written) and goes to the segment. */
  onGoTo?: (segmentNumber: number) => void;
}

/**
 * Asked before a publication (HTML, Markdown, Word) is written while segments are untranslated
 * or drafts: how many, and whether they show the source, are marked as missing or are left out;
 * with the readiness checklist (gaps, quality issues, open comments) and a way to each.
 */
export function ExportGapsDialog({
  format,
  gaps,
  initialPolicy,
  onExport,
  onCancel,
  readiness,
  onGoTo,
}: Props) {
  const { t } = useTranslation();
  const [policy, setPolicy] = useState(initialPolicy);
  const formatName = t(`export.formats.${format}`);
  const untranslated = t('publish.gaps.untranslated', { count: gaps.untranslated });
  const summary =
    gaps.untranslated > 0 && gaps.drafts > 0
      ? t('publish.gaps.both', {
          untranslated,
          drafts: t('publish.gaps.draftsAfter', { count: gaps.drafts }),
        })
      : t('publish.gaps.single', {
          gaps:
            gaps.untranslated > 0 ? untranslated : t('publish.gaps.drafts', { count: gaps.drafts }),
        });

  const hasGaps = gaps.untranslated + gaps.drafts > 0;

  return (
    <Dialog
      open
      title={hasGaps ? t('publish.gaps.title') : t('readiness.title')}
      onClose={onCancel}
      className="export-gaps"
    >
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onExport(policy);
        }}
      >
        {hasGaps ? <p>{summary}</p> : null}
        {gaps.drafts > 0 ? <p className="field__hint">{t('publish.gaps.draftHint')}</p> : null}
        {readiness && onGoTo ? <ReadinessSummary readiness={readiness} onGoTo={onGoTo} /> : null}
        {hasGaps ? (
          <fieldset className="export-gaps__choices">
            <legend>{t('publish.gaps.choice')}</legend>
            {choices.map((choice) => (
              <label key={choice}>
                <input
                  type="radio"
                  name="export-gaps-policy"
                  value={choice}
                  checked={policy === choice}
                  onChange={() => setPolicy(choice)}
                />{' '}
                {t(`export.policies.${choice}`)}
              </label>
            ))}
          </fieldset>
        ) : null}
        <div className="dialog__actions">
          <button type="button" onClick={onCancel}>
            {t('confirm.cancel')}
          </button>
          <button type="submit" data-autofocus>
            {t('publish.gaps.export', { format: formatName })}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
