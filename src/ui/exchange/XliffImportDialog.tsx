import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { documentFromXliff } from '../../domain/exchange/documentFromXliff';
import {
  planXliffMerge,
  type LocalSegment,
  type MergeConflict,
  type MergePatch,
  type MergePlan,
} from '../../domain/exchange/planXliffMerge';
import type { XliffFile } from '../../domain/formats/xliff/readXliff';
import type { Project } from '../../domain/model/project';
import { plainTextToRichText } from '../../domain/model/richTextToPlainText';
import { importTerms } from '../../storage/repositories/glossary';
import { createProjectFromDocument } from '../../storage/repositories/projectDocuments';
import type { SegmentStore } from '../../storage/segmentStore';
import { Dialog } from '../common/Dialog';
import type { NoticeText } from '../common/ShellNotice';

export interface XliffImport {
  file: XliffFile;
  fileName: string;
}

type Choice = 'mine' | 'theirs';

interface Props {
  pending: XliffImport | null;
  project: Project;
  store: SegmentStore;
  /**
   * Called with the summary to show once the import is written (or null when cancelled), and
   * the project it is about when that is a new one.
   */
  onDone: (summary: NoticeText | null, projectId?: string) => void;
}

/**
 * After an XLIFF file is read: merge it into the open project or open it as a new one, see what
 * a merge would do, settle every segment changed on both sides, and only then write.
 */
export function XliffImportDialog({ pending, project, store, onDone }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog
      open={pending !== null}
      title={t('xliffImport.title', { file: pending?.fileName ?? '' })}
      onClose={() => onDone(null)}
      className="xliff-import"
    >
      {pending ? (
        <XliffImportSteps pending={pending} project={project} store={store} onDone={onDone} />
      ) : null}
    </Dialog>
  );
}

function XliffImportSteps({ pending, project, store, onDone }: Props & { pending: XliffImport }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const [plan, setPlan] = useState<MergePlan | null>(null);
  const [choices, setChoices] = useState<Map<string, Choice>>(new Map());
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const { units } = pending.file;
  const matching = units.filter((unit) => store.indexOf(unit.id) >= 0).length;

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (caught) {
      setError(t('xliffImport.failed', { detail: caught instanceof Error ? caught.message : '' }));
    } finally {
      setBusy(false);
    }
  };

  const prepareMerge = () =>
    run(async () => {
      // The plan compares with what is saved, so this tab's own typing is written first.
      await store.flushOrFail();
      const local = new Map<string, LocalSegment>();
      store.ids.forEach((id, index) => {
        const segment = store.get(id);
        const revision = store.storedRevision(id);
        if (segment && revision !== undefined)
          local.set(id, { segment, revision, number: index + 1 });
      });
      setPlan(planXliffMerge(local, units));
    });

  const openAsNewProject = () =>
    run(async () => {
      const document = documentFromXliff(pending.file, {
        fileName: pending.fileName,
        now: Date.now(),
      });
      const created = await createProjectFromDocument(db, document);
      onDone(
        (t) =>
          t('import.opened', {
            name: created.name,
            segments: units.length,
            terms: document.glossary.length,
          }),
        created.id,
      );
    });

  const applyMerge = (mergePlan: MergePlan) =>
    run(async () => {
      const patches = new Map<string, MergePatch>(mergePlan.updates);
      let kept = 0;
      for (const conflict of mergePlan.conflicts) {
        if (choices.get(conflict.id) === 'theirs') patches.set(conflict.id, conflict.theirs);
        else kept += 1;
      }
      // Terms the file carries join the glossary (merged into entries for the same term), in
      // the same transaction as the segments.
      const {
        written,
        changedElsewhere,
        also: terms,
      } = await store.applyImport(patches, () =>
        importTerms(
          db,
          project.id,
          pending.file.glossary.map((record) => ({
            ...record,
            note: plainTextToRichText(record.noteText),
          })),
        ),
      );
      onDone((t) =>
        t('xliffImport.merged', {
          file: pending.fileName,
          updated: written,
          unchanged: mergePlan.unchanged.length,
          unknown: mergePlan.unknown.length,
          kept: kept + changedElsewhere.length,
          terms: terms.added + terms.merged,
        }),
      );
    });

  const chooseAll = (choice: Choice) =>
    setChoices(new Map(plan?.conflicts.map((conflict) => [conflict.id, choice])));

  return (
    <div className="xliff-import__body" aria-busy={busy}>
      {plan === null ? (
        <>
          <p>
            {t('xliffImport.read', {
              version: pending.file.version,
              units: units.length,
              matching,
              project: project.name,
            })}
          </p>
          <div className="dialog__actions">
            {matching > 0 ? (
              <button type="button" disabled={busy} onClick={() => void prepareMerge()}>
                {t('xliffImport.merge')}
              </button>
            ) : null}
            <button type="button" disabled={busy} onClick={() => void openAsNewProject()}>
              {t('xliffImport.newProject')}
            </button>
            <button type="button" onClick={() => onDone(null)}>
              {t('xliffImport.cancel')}
            </button>
          </div>
        </>
      ) : (
        <>
          <ul className="xliff-import__summary" aria-label={t('xliffImport.summary')}>
            <li>{t('xliffImport.updates', { count: plan.updates.size })}</li>
            <li>{t('xliffImport.unchanged', { count: plan.unchanged.length })}</li>
            <li>{t('xliffImport.conflicts', { count: plan.conflicts.length })}</li>
            <li>
              {t('xliffImport.unknown', { count: plan.unknown.length })}
              {plan.unknown.length > 0 ? (
                <span className="xliff-import__ids"> {plan.unknown.join(', ')}</span>
              ) : null}
            </li>
          </ul>
          {plan.conflicts.length > 1 ? (
            <div className="dialog__actions">
              <button type="button" onClick={() => chooseAll('mine')}>
                {t('xliffImport.allMine')}
              </button>
              <button type="button" onClick={() => chooseAll('theirs')}>
                {t('xliffImport.allTheirs')}
              </button>
            </div>
          ) : null}
          {plan.conflicts.map((conflict) => (
            <ConflictChoice
              key={conflict.id}
              conflict={conflict}
              choice={choices.get(conflict.id) ?? 'mine'}
              onChoose={(choice) => setChoices(new Map(choices).set(conflict.id, choice))}
            />
          ))}
          <div className="dialog__actions">
            <button type="button" disabled={busy} onClick={() => void applyMerge(plan)}>
              {t('xliffImport.apply')}
            </button>
            <button type="button" onClick={() => onDone(null)}>
              {t('xliffImport.cancel')}
            </button>
          </div>
        </>
      )}
      {error ? (
        <p role="alert" className="field__error">
          {error}
        </p>
      ) : null}
    </div>
  );
}

/** Both versions side by side ("see both"), and the translator's pick; theirs only if chosen. */
function ConflictChoice({
  conflict,
  choice,
  onChoose,
}: {
  conflict: MergeConflict;
  choice: Choice;
  onChoose: (choice: Choice) => void;
}) {
  const { t } = useTranslation();
  const theirs = {
    translationText: conflict.theirs.translationText ?? conflict.mine.translationText,
    notesText: conflict.theirs.notesText ?? conflict.mine.notesText,
    status: conflict.theirs.status ?? conflict.mine.status,
  };
  const versions = [
    ['mine', conflict.mine],
    ['theirs', theirs],
  ] as const;
  return (
    <fieldset className="xliff-import__conflict">
      <legend>{t('xliffImport.conflictIn', { number: conflict.number })}</legend>
      <div className="xliff-import__versions">
        {versions.map(([side, version]) => (
          <label key={side} className="xliff-import__version">
            <input
              type="radio"
              name={`conflict-${conflict.id}`}
              checked={choice === side}
              onChange={() => onChoose(side)}
            />
            <span className="xliff-import__choice">
              {t(side === 'mine' ? 'conflict.keepMine' : 'conflict.takeTheirs')}
            </span>
            <span className="xliff-import__text">
              {version.translationText || t('conflict.empty')}
            </span>
            <span className="xliff-import__meta">
              {t(`status.${version.status}`)}
              {version.notesText ? ` · ${version.notesText}` : ''}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
