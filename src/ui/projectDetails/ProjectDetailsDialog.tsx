import type { TFunction } from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import {
  emptyProjectDetails,
  targetLanguageVariants,
  type ProjectDetails,
} from '../../domain/model/projectDetails';
import type { Project } from '../../domain/model/project';
import { useStoredProject } from '../../storage/hooks/useStoredProject';
import {
  saveProjectDetails,
  type ProjectDetailsProblem,
} from '../../storage/repositories/projectDetails';
import type { SegmentStore } from '../../storage/segmentStore';
import { useValidatedSave } from '../common/useValidatedSave';
import { Dialog } from '../common/Dialog';

/** The dialog, once the stored project is read: its fields start from what is stored. */
export function ProjectDetailsDialog({
  projectId,
  store,
  onClose,
}: {
  projectId: string;
  store: SegmentStore;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const project = useStoredProject(useWorkspaceDb(), projectId);
  if (project === undefined) return null;
  if (project === null) {
    return (
      <Dialog open title={t('projectDetails.title')} onClose={onClose}>
        <p role="alert">{t('projectDetails.errors.missing')}</p>
        <form method="dialog" className="dialog__actions">
          <button type="submit">{t('confirm.cancel')}</button>
        </form>
      </Dialog>
    );
  }
  return <DetailsForm project={project} store={store} onClose={onClose} />;
}

function DetailsForm({
  project,
  store,
  onClose,
}: {
  project: Project;
  store: SegmentStore;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const { translatorName } = usePreferences();
  const [details, setDetails] = useState<ProjectDetails>(project.details ?? emptyProjectDetails);
  const [targetLang, setTargetLang] = useState(project.targetLang);
  const { problem, setProblem, busy, save } = useValidatedSave<ProjectDetailsProblem>(
    () => saveProjectDetails(db, project.id, details, targetLang),
    onClose,
  );
  const ids = {
    title: useId(),
    translator: useId(),
    lang: useId(),
    date: useId(),
    error: useId(),
  };
  // What a blank title becomes: segment 1's translation, as the exports take it.
  const firstId = store.ids[0];
  const derivedTitle = (firstId ? store.get(firstId)?.translationText : '')?.replace(/\n/g, ' ');
  const variants: readonly string[] = (targetLanguageVariants as readonly string[]).includes(
    project.targetLang,
  )
    ? targetLanguageVariants
    : [project.targetLang, ...targetLanguageVariants];

  const message =
    problem === null
      ? null
      : typeof problem === 'object'
        ? t('projectDetails.errors.failed', { message: problem.failed })
        : t(`projectDetails.errors.${problem}`);
  const edit = (field: keyof ProjectDetails) => (event: { target: { value: string } }) => {
    setDetails((current) => ({ ...current, [field]: event.target.value }));
    setProblem(null);
  };

  return (
    <Dialog open title={t('projectDetails.title')} onClose={onClose} className="project-details">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <p className="project-details__intro">{t('projectDetails.intro')}</p>
        <div className="field">
          <label htmlFor={ids.title}>{t('projectDetails.englishTitle')}</label>
          <input
            id={ids.title}
            type="text"
            data-autofocus
            value={details.title}
            placeholder={derivedTitle || undefined}
            onChange={edit('title')}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.translator}>{t('projectDetails.translator')}</label>
          <input
            id={ids.translator}
            type="text"
            value={details.translator}
            placeholder={translatorName || undefined}
            onChange={edit('translator')}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.lang}>{t('projectDetails.targetLanguage')}</label>
          <select
            id={ids.lang}
            value={targetLang}
            aria-invalid={problem === 'targetLang'}
            onChange={(event) => {
              setTargetLang(event.target.value);
              setProblem(null);
            }}
          >
            {variants.map((tag) => (
              <option key={tag} value={tag}>
                {variantLabel(tag, t)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.date}>{t('projectDetails.publicationDate')}</label>
          <input
            id={ids.date}
            type="date"
            value={details.publicationDate}
            aria-invalid={problem === 'publicationDate'}
            aria-describedby={message ? ids.error : undefined}
            onChange={edit('publicationDate')}
          />
        </div>
        {message ? (
          <p id={ids.error} role="alert" className="field__error">
            {message}
          </p>
        ) : null}
        <div className="dialog__actions">
          <button type="button" onClick={onClose}>
            {t('confirm.cancel')}
          </button>
          <button type="submit" disabled={busy}>
            {t('projectDetails.save')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function variantLabel(tag: string, t: TFunction): string {
  if (tag === 'en') return t('projectDetails.variants.en');
  if (tag === 'en-GB') return t('projectDetails.variants.enGB');
  if (tag === 'en-US') return t('projectDetails.variants.enUS');
  return t('projectDetails.variants.other', { tag });
}
