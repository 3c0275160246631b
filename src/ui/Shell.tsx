import { lazy, Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../app/WorkspaceDbContext';
import { useActiveProjectId } from '../storage/hooks/useActiveProjectId';
import { DeleteProject } from './projects/DeleteProject';
import { ProjectSwitcher } from './projects/ProjectSwitcher';
import { RenameProject } from './projects/RenameProject';
import { LanguageSelect } from './settings/LanguageSelect';
import { ReadingsToggle } from './settings/ReadingsToggle';
import {
  NotesColumnToggle,
  PropagateRepetitionsToggle,
  SettingsMenu,
  TextSizeSelect,
  ThemeSelect,
} from './settings/SettingsMenu';
import { SourceScriptSelect } from './settings/SourceScriptSelect';
import { TranslatorNameField } from './settings/TranslatorNameField';
import { ErrorBoundary } from './common/ErrorBoundary';
import { ShellNoticeProvider } from './common/ShellNotice';
import { PreferenceFailureNotice } from './settings/PreferenceFailureNotice';
import { TopBarSlotContext } from './common/TopBarSlot';
import { isEditableTarget } from './common/isEditableTarget';
import { ShortcutHelpDialog } from './shortcuts/ShortcutHelpDialog';
import { Workspace } from './workspace/Workspace';

// "New project" (reading and cleaning a text into segments) loads when first opened.
const NewProjectDialog = lazy(() =>
  import('./projects/NewProjectDialog').then((module) => ({ default: module.NewProjectDialog })),
);

export function Shell() {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const projectId = useActiveProjectId(db);
  const [newProjectOpen, setNewProjectOpen] = useState(false);
  const [droppedFile, setDroppedFile] = useState<File | null>(null);
  const [helpOpen, setHelpOpen] = useState(false);
  const [actionsSlot, setActionsSlot] = useState<HTMLElement | null>(null);

  useEffect(() => {
    document.title = t('app.title');
  }, [t]);

  useEffect(() => {
    const openHelpOnKey = (event: KeyboardEvent) => {
      // The live editor handles F1 itself (and marks the event handled).
      if (event.isComposing || event.defaultPrevented) return;
      const wantsHelp =
        event.key === 'F1' || (event.key === '?' && !isEditableTarget(event.target));
      if (!wantsHelp) return;
      event.preventDefault();
      setHelpOpen(true);
    };
    document.addEventListener('keydown', openHelpOnKey);
    return () => document.removeEventListener('keydown', openHelpOnKey);
  }, []);

  // A .txt/.md file dropped anywhere starts a new project from it.
  useEffect(() => {
    const onDragOver = (event: DragEvent) => {
      if (event.dataTransfer?.types.includes('Files')) event.preventDefault();
    };
    const onDrop = (event: DragEvent) => {
      const file = event.dataTransfer?.files[0];
      // A drop the New project dialog's own drop zone took is not read a second time.
      if (!file || event.defaultPrevented) return;
      event.preventDefault();
      setDroppedFile(file);
      setNewProjectOpen(true);
    };
    window.addEventListener('dragover', onDragOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragover', onDragOver);
      window.removeEventListener('drop', onDrop);
    };
  }, []);

  return (
    <ShellNoticeProvider activeProjectId={projectId ?? null}>
      <PreferenceFailureNotice />
      <TopBarSlotContext value={actionsSlot}>
        <div className="shell">
          <header className="topbar">
            <h1 className="topbar__title">{t('app.title')}</h1>
            <ProjectSwitcher activeProjectId={projectId ?? null} />
            <RenameProject activeProjectId={projectId ?? null} />
            <SourceScriptSelect />
            <div className="topbar__actions" ref={setActionsSlot} />
            <SettingsMenu>
              <div className="settings__group">
                <button type="button" data-closes-settings onClick={() => setNewProjectOpen(true)}>
                  {t('project.new')}
                </button>
                <DeleteProject activeProjectId={projectId ?? null} />
              </div>
              <div className="settings__group">
                <LanguageSelect />
                <ThemeSelect />
                <TextSizeSelect />
              </div>
              <div className="settings__group">
                <TranslatorNameField />
              </div>
              <div className="settings__group">
                <ReadingsToggle />
                <NotesColumnToggle />
                <PropagateRepetitionsToggle />
              </div>
              <div className="settings__group">
                <button type="button" data-closes-settings onClick={() => setHelpOpen(true)}>
                  {t('shortcuts.open')}
                </button>
              </div>
            </SettingsMenu>
          </header>
          {projectId ? (
            <ErrorBoundary key={projectId} projectId={projectId}>
              <Workspace projectId={projectId} onOpenHelp={() => setHelpOpen(true)} />
            </ErrorBoundary>
          ) : (
            <main className="workspace workspace--loading">
              <p role="status">{t('app.loading')}</p>
            </main>
          )}
          {newProjectOpen ? (
            <Suspense fallback={null}>
              <NewProjectDialog
                open={newProjectOpen}
                initialFile={droppedFile}
                onClose={() => {
                  setNewProjectOpen(false);
                  setDroppedFile(null);
                }}
              />
            </Suspense>
          ) : null}
          <ShortcutHelpDialog open={helpOpen} onClose={() => setHelpOpen(false)} />
        </div>
      </TopBarSlotContext>
    </ShellNoticeProvider>
  );
}
