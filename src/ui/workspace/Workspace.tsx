import {
  lazy,
  memo,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { languageTagOf } from '../../domain/script/scriptView';
import type { EditorCommand } from '../../editor/editorCommandForKey';
import type { SegmentEditorHandle } from '../../editor/SegmentEditor';
import { useGlossary } from '../../storage/hooks/useGlossary';
import { useOpenProject, type OpenProject } from '../../storage/hooks/useOpenProject';
import { setViewState, type SidePanelTab } from '../../storage/repositories/settings';
import { GlossaryContext, type GlossaryContextValue } from '../glossary/GlossaryContext';
import { GlossaryPanel, type GlossaryDraft } from '../glossary/GlossaryPanel';
import { termsOfSegment } from '../glossary/termsOfSegment';
import { useGlossaryMatcher } from '../glossary/useGlossaryMatcher';
import { selectedSourceText } from '../glossary/selectedSourceText';
import { ImportButton } from '../exchange/ImportButton';
import { ExportMenu } from '../exchange/ExportMenu';
import { Concordance } from '../concordance/Concordance';
import { GoToSegment } from './GoToSegment';
import { OpenFailure } from './OpenFailure';
import { SaveFailureBanner } from './SaveFailureBanner';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { useShellNotice } from '../common/ShellNotice';
import { TopBarActions } from '../common/TopBarSlot';
import { SidePanel } from '../sidePanel/SidePanel';
import type { SegmentRowActions } from './SegmentRow';
import { SegmentList, type SegmentListHandle } from './SegmentList';
import { StatusFooter } from './StatusFooter';
import { useActiveSegment, type RevealAlign } from './useActiveSegment';
import { useCleanedNotice } from './useCleanedNotice';
import { useDebouncedCallback } from '../common/useDebouncedCallback';
import { useSaveOnLeavingPage } from './useSaveOnLeavingPage';
import { useScriptConverter } from './useScriptConverter';
import { useSetAsideEdits } from './useSetAsideEdits';
import { FilterControls, FilterStatus } from '../filter/FilterBar';
import { useSegmentFilter, type SegmentFilterControls } from '../filter/useSegmentFilter';
import { shortcutKeysKey } from '../shortcuts/platformKeys';
import { isFindReplaceKey, isMacPlatform } from '../find/findShortcut';
import { insertMatchText, insertNthMatch } from '../memory/insertMatch';
import { useMemoryFeeder } from '../memory/useMemoryFeeder';
import { QualityPanel } from '../quality/QualityPanel';
import { useQualityChecks } from '../quality/useQualityChecks';
import { useQualityCommands, type QualityCommands } from '../quality/useQualityCommands';
import { PreviewButton } from '../preview/PreviewButton';
import { SourceCommentAction } from '../comments/SourceCommentAction';
import { runSegmentTypeCommand } from '../structure/segmentTypeCommand';
import { ProjectDetailsButton } from '../projectDetails/ProjectDetailsButton';
import { sourceToRichText } from '../../domain/model/inlineCodeMatching';
import { insertNextCode } from '../inlineCodes/insertNextCode';

interface WorkspaceProps {
  projectId: string;
  onOpenHelp: () => void;
}

export function Workspace({ projectId, onOpenHelp }: WorkspaceProps) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const state = useOpenProject(db, projectId);
  if (state.kind === 'open') return <OpenWorkspace open={state.open} onOpenHelp={onOpenHelp} />;
  if (state.kind === 'failed') {
    return <OpenFailure projectId={projectId} problem={state.problem} onRetry={state.retry} />;
  }
  return (
    <main className="workspace workspace--loading">
      <p role="status">{t('app.loading')}</p>
    </main>
  );
}

// The memory panel (its index worker, the diff library) loads when first shown.
const MemoryPanel = lazy(() =>
  import('../memory/MemoryPanel').then((module) => ({ default: module.MemoryPanel })),
);

// History (and its diff library) loads when first opened.
const HistoryDialog = lazy(() =>
  import('./HistoryDialog').then((module) => ({ default: module.HistoryDialog })),
);

// Side-panel tabs other than the glossary (shown first) and dialogs load when first opened: the
// page's first load stays within its budget.
const PreviewPanel = lazy(() =>
  import('../preview/PreviewPanel').then((module) => ({ default: module.PreviewPanel })),
);
const CommentsPanel = lazy(() =>
  import('../comments/CommentsPanel').then((module) => ({ default: module.CommentsPanel })),
);
const FindReplaceDialog = lazy(() =>
  import('../find/FindReplaceDialog').then((module) => ({ default: module.FindReplaceDialog })),
);

// The dictionary (its panel, worker and data) loads when its tab first opens.
const DictionaryPanel = lazy(() =>
  import('../dictionary/DictionaryPanel').then((module) => ({ default: module.DictionaryPanel })),
);

function OpenWorkspace({ open, onOpenHelp }: { open: OpenProject; onOpenHelp: () => void }) {
  const db = useWorkspaceDb();
  const { project, store, initialView } = open;
  const { sourceScript, showReadings, notesColumn, setPreference } = usePreferences();
  const glossary = useGlossaryMatcher(useGlossary(db, project.id));
  const qa = useQualityChecks(store, project.id, glossary);
  // Read when "With quality issues" is chosen, from the engine as it is then; the segment being
  // edited stays in the list while the translator works in it (see useSegmentFilter's hold).
  const qualityIssueSegmentIds = useMemo(
    () => ({ has: (id: string) => qa.engine.issuesOf(id).length > 0 }),
    [qa],
  );
  const liveEditor = useRef<SegmentEditorHandle | null>(null);
  const [glossaryDraft, setGlossaryDraft] = useState<GlossaryDraft | null>(null);
  const convert = useScriptConverter(sourceScript);
  const list = useRef<SegmentListHandle>(null);
  const announce = useShellNotice();
  useSetAsideEdits(store);
  const filter = useSegmentFilter(
    store,
    glossary,
    qualityIssueSegmentIds,
    initialView.activeSegmentId,
  );
  const filterNow = useRef(filter);
  useEffect(() => {
    filterNow.current = filter;
  });
  const filtered = useCallback(() => filterNow.current.currentVisible(), []);
  useMemoryFeeder(db, store, project);

  const reveal = useCallback(
    (index: number, align: RevealAlign) => {
      // The segment gone to shows under any filter, and stays while the translator is in it.
      filterNow.current.hold(store.ids[index] ?? null);
      list.current?.reveal(index, align);
    },
    [store],
  );
  const navigation = useActiveSegment(store, initialView, reveal, filtered);
  // The saved scroll position and active segment can disagree (a reload before the view state
  // was written): when the active segment is nowhere near the restored position, it wins.
  useLayoutEffect(() => {
    const index = initialView.activeSegmentId ? store.indexOf(initialView.activeSegmentId) : -1;
    if (index >= 0 && !list.current?.isRendered(index)) list.current?.reveal(index, 'start');
  }, [initialView.activeSegmentId, store]);
  const { active } = navigation;
  const quality = useQualityCommands(store, navigation);

  const viewState = useCallback(
    () => ({
      activeSegmentId: active.segmentId,
      activeField: active.field,
      scrollTop: list.current?.scrollTop() ?? 0,
    }),
    [active.segmentId, active.field],
  );
  // Where the translator was is a convenience: a failed write of it must not disturb anything.
  const saveViewState = useCallback(
    () => setViewState(db, project.id, viewState()).catch(() => undefined),
    [db, project.id, viewState],
  );
  useSaveOnLeavingPage(store, saveViewState);
  const scheduleViewSave = useDebouncedCallback(saveViewState, 300);
  // Written a moment after a move, once for moves in quick succession: not within the move, which
  // the memory's answer waits behind. Read at the move, so a workspace closing meanwhile is fine.
  const viewSave = useRef<ReturnType<typeof setTimeout>>(undefined);
  useEffect(() => {
    const state = viewState();
    clearTimeout(viewSave.current);
    viewSave.current = setTimeout(() => setViewState(db, project.id, state).catch(() => 0), 300);
  }, [db, project.id, viewState]);

  // Row callbacks stay the same object for the workspace's life, so rows re-render only when
  // their own segment or active state changes.
  const latest = useRef({ navigation, convert, onOpenHelp, glossary, announce, quality });
  useEffect(() => {
    latest.current = { navigation, convert, onOpenHelp, glossary, announce, quality };
  });
  const [historyFor, setHistoryFor] = useState<string | null>(null);
  const actions = useMemo<SegmentRowActions>(
    () => ({
      activate: (segmentId, field, caret) =>
        latest.current.navigation.activate(segmentId, field, caret),
      command: (segmentId, command, handle) => {
        if (runSegmentTypeCommand(store, segmentId, command, latest.current)) return;
        if (command.startsWith('insertMatch:')) {
          if (latest.current.navigation.active.field !== 'translation') return;
          const position = Number(command.slice('insertMatch:'.length));
          void insertNthMatch(db, store, segmentId, position, handle).then((inserted) => {
            if (!inserted) latest.current.announce((t) => t('memory.noMatchAt', { position }));
          });
          return;
        }
        runCommand(segmentId, command, handle, latest.current, store);
      },
      blur: () => void store.flush(),
      editorReady: (handle) => {
        liveEditor.current = handle;
      },
      openHistory: (segmentId) => setHistoryFor(segmentId),
    }),
    [store, db],
  );

  // The top bar, the footer and the comment action do not depend on the active segment: with
  // callbacks that stay the same object they do not render again each time the translator moves.
  const goToSegment = useCallback(
    (segmentId: string) =>
      latest.current.navigation.activate(segmentId, 'translation', null, 'start'),
    [],
  );
  const goToNumber = useCallback(
    (number: number) => {
      const id = store.ids[number - 1];
      if (id) latest.current.navigation.activate(id, 'translation', null, 'start');
    },
    [store],
  );
  const showComments = useCallback(() => {
    setPreference('sidePanelTab', 'comments');
    setPreference('showGlossary', true);
  }, [setPreference]);

  // Ctrl+E, as in memoQ: the text selected in a source cell becomes a new glossary term.
  useEffect(() => {
    const addSelectionOnKey = (event: KeyboardEvent) => {
      if (
        !(event.ctrlKey || event.metaKey) ||
        event.key.toLowerCase() !== 'e' ||
        event.isComposing
      ) {
        return;
      }
      const selected = selectedSourceText(document.getSelection());
      if (selected === null) return;
      event.preventDefault();
      setGlossaryDraft((current) => ({ source: selected, nonce: (current?.nonce ?? 0) + 1 }));
      setPreference('sidePanelTab', 'glossary');
      setPreference('showGlossary', true);
    };
    document.addEventListener('keydown', addSelectionOnKey);
    return () => document.removeEventListener('keydown', addSelectionOnKey);
  }, [setPreference]);

  // Ctrl+H (⌥⌘F on a Mac), from anywhere in the workspace (an editor included): find and replace.
  const [findOpen, setFindOpen] = useState(0);
  const openFind = useCallback(() => setFindOpen((token) => token + 1), []);
  useEffect(() => {
    const openFindOnKey = (event: KeyboardEvent) => {
      if (!isFindReplaceKey(event, isMacPlatform())) return;
      event.preventDefault();
      setFindOpen((token) => token + 1);
    };
    document.addEventListener('keydown', openFindOnKey);
    return () => document.removeEventListener('keydown', openFindOnKey);
  }, []);

  const onListKeyDown = useCallback((event: React.KeyboardEvent) => {
    if (event.target instanceof HTMLElement && event.target.isContentEditable) return;
    if (event.target instanceof HTMLElement && event.target.getAttribute('role') !== 'group') {
      return;
    }
    const { navigation } = latest.current;
    const { active } = navigation;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key === 'ArrowDown') navigation.moveBy(1);
    else if (mod && event.key === 'ArrowUp') navigation.moveBy(-1);
    else if (event.key === 'Enter' && active.segmentId)
      navigation.activate(active.segmentId, active.field);
    else return;
    event.preventDefault();
  }, []);

  useCleanedNotice(project);

  const sourceLang = languageTagOf(sourceScript, project.sourceLang);
  // One entry per side-panel tab; each renders only while its tab is shown.
  const sidePanels: Record<SidePanelTab, () => ReactNode> = {
    glossary: () => (
      <GlossaryPanel
        project={project}
        store={store}
        activeSegmentId={active.segmentId}
        draft={glossaryDraft}
        onDraft={setGlossaryDraft}
        onJump={(segmentId) => navigation.activate(segmentId, 'translation')}
        onInsert={(text) => liveEditor.current?.insertText(text)}
      />
    ),
    dictionary: () => (
      <Suspense fallback={null}>
        <DictionaryPanel
          onAddToGlossary={(source, target) => {
            setGlossaryDraft((current) => ({ source, target, nonce: (current?.nonce ?? 0) + 1 }));
            setPreference('sidePanelTab', 'glossary');
          }}
          onInsert={(text) => liveEditor.current?.insertText(text)}
        />
      </Suspense>
    ),
    memory: () => (
      <Suspense fallback={null}>
        <MemoryPanel
          project={project}
          store={store}
          activeSegmentId={active.segmentId}
          onInsert={(text) => {
            if (!active.segmentId) return;
            const live = active.field === 'translation' ? liveEditor.current : null;
            insertMatchText(store, active.segmentId, live, text);
          }}
        />
      </Suspense>
    ),
    quality: () => (
      <QualityPanel
        projectId={project.id}
        store={store}
        onJump={(segmentId) => navigation.activate(segmentId, 'translation')}
      />
    ),
    preview: () => (
      <Suspense fallback={null}>
        <PreviewPanel project={project} store={store} activeSegmentId={active.segmentId} />
      </Suspense>
    ),
    comments: () => (
      <Suspense fallback={null}>
        <CommentsPanel
          project={project}
          store={store}
          onJump={(segmentId) => navigation.activate(segmentId, 'translation', null, 'start')}
        />
      </Suspense>
    ),
  };
  return (
    <GlossaryContext value={glossary}>
      <main className="workspace">
        <WorkspaceTopBar
          project={project}
          store={store}
          filter={filter}
          onGoToSegment={goToSegment}
          onGoToNumber={goToNumber}
          onOpenFind={openFind}
        />
        <SaveFailureBanner project={project} store={store} />
        <div className="workspace__body">
          <div className="workspace__list">
            <FilterStatus controls={filter} total={store.ids.length} />
            <SegmentList
              visible={filter.visible}
              ref={list}
              store={store}
              active={active}
              actions={actions}
              convert={convert}
              showReadings={showReadings}
              sourceLang={sourceLang}
              notesColumn={notesColumn}
              initialScrollTop={initialView.scrollTop}
              onScroll={scheduleViewSave}
              onKeyDown={onListKeyDown}
            />
          </div>
          <SidePanel>
            {(tab) => <ErrorBoundary projectId={project.id}>{sidePanels[tab]()}</ErrorBoundary>}
          </SidePanel>
        </div>
        <StatusFooter store={store} project={project} />
        {findOpen > 0 ? (
          <ErrorBoundary projectId={project.id}>
            <Suspense fallback={null}>
              <FindReplaceDialog
                store={store}
                focusToken={findOpen}
                onGoTo={(segmentId, field) => navigation.activate(segmentId, field, null, 'start')}
                onClose={() => setFindOpen(0)}
              />
            </Suspense>
          </ErrorBoundary>
        ) : null}
        {historyFor !== null ? (
          <ErrorBoundary projectId={project.id}>
            <Suspense fallback={null}>
              <HistoryDialog
                store={store}
                segmentId={historyFor}
                onClose={() => setHistoryFor(null)}
              />
            </Suspense>
          </ErrorBoundary>
        ) : null}
        {quality.dialog}
        <SourceCommentAction store={store} onAdded={showComments} />
      </main>
    </GlossaryContext>
  );
}

interface WorkspaceTopBarProps {
  project: OpenProject['project'];
  store: OpenProject['store'];
  filter: SegmentFilterControls;
  onGoToSegment: (segmentId: string) => void;
  onGoToNumber: (number: number) => void;
  onOpenFind: () => void;
}

const WorkspaceTopBar = memo(function WorkspaceTopBar({
  project,
  store,
  filter,
  onGoToSegment,
  onGoToNumber,
  onOpenFind,
}: WorkspaceTopBarProps) {
  const { t } = useTranslation();
  return (
    <TopBarActions>
      <FilterControls controls={filter} />
      <GoToSegment count={store.ids.length} onGo={onGoToNumber} />
      {/* An icon: at 1366 px the top bar has no room for the words (the name stays). */}
      <button
        type="button"
        aria-label={t('find.open')}
        title={t('find.openHint', { keys: t(shortcutKeysKey('findReplace')) })}
        onClick={onOpenFind}
      >
        <span className="icon icon--find" aria-hidden="true" />
      </button>
      <Concordance project={project} store={store} onGo={onGoToSegment} />
      <ImportButton project={project} store={store} />
      <ExportMenu project={project} store={store} onGoToSegment={onGoToNumber} />
      <ProjectDetailsButton projectId={project.id} store={store} />
      <PreviewButton />
    </TopBarActions>
  );
});

function runCommand(
  segmentId: string,
  command: EditorCommand,
  handle: SegmentEditorHandle,
  context: {
    navigation: ReturnType<typeof useActiveSegment>;
    convert: (text: string) => string;
    onOpenHelp: () => void;
    glossary: GlossaryContextValue;
    announce: ReturnType<typeof useShellNotice>;
    quality: QualityCommands;
  },
  store: OpenProject['store'],
) {
  const { navigation, convert, onOpenHelp, glossary, announce } = context;
  if (command.startsWith('insertTerm:')) {
    const position = Number(command.slice('insertTerm:'.length)) - 1;
    const terms = termsOfSegment(store.get(segmentId)?.source ?? '', glossary);
    const term = terms[position];
    if (term) handle.insertText(term.target);
    return;
  }
  switch (command) {
    case 'confirm': {
      if (context.quality.holdConfirm(segmentId)) return;
      if (navigation.confirmAndAdvance(segmentId) === 'empty') {
        announce({
          text: (t) => t('layout.confirmEmpty', { number: store.indexOf(segmentId) + 1 }),
          tone: 'error',
        });
      }
      return;
    }
    case 'next':
      return navigation.moveBy(1);
    case 'previous':
      return navigation.moveBy(-1);
    case 'leave':
      return navigation.leave();
    case 'help':
      return onOpenHelp();
    case 'copySource': {
      if (navigation.active.field !== 'translation') return;
      const segment = store.get(segmentId);
      return handle.replaceContent(
        sourceToRichText(segment?.source ?? '', segment?.sourceCodes, convert),
      );
    }
    case 'insertCode':
      return insertNextCode(store.get(segmentId), navigation.active.field, handle, announce);
  }
}
