import { useVirtualizer } from '@tanstack/react-virtual';
import {
  lazy,
  Suspense,
  useCallback,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { plainTextToRichText } from '../../domain/model/richTextToPlainText';
import { languageTagOf } from '../../domain/script/scriptView';
import type { EditorCommand } from '../../editor/editorCommandForKey';
import type { SegmentEditorHandle } from '../../editor/SegmentEditor';
import { useGlossary } from '../../storage/hooks/useGlossary';
import { useOpenProject, type OpenProject } from '../../storage/hooks/useOpenProject';
import { setViewState } from '../../storage/repositories/settings';
import { GlossaryContext, type GlossaryContextValue } from '../glossary/GlossaryContext';
import { GlossaryPanel, type GlossaryDraft } from '../glossary/GlossaryPanel';
import { termsOfSegment } from '../glossary/termsOfSegment';
import { useGlossaryMatcher } from '../glossary/useGlossaryMatcher';
import { selectedSourceText } from '../glossary/selectedSourceText';
import { ImportButton } from '../exchange/ImportButton';
import { ExportMenu } from '../exchange/ExportMenu';
import { GoToSegment } from './GoToSegment';
import { ProgressBar } from './ProgressBar';
import { SaveFailureBanner } from './SaveFailureBanner';
import { SaveIndicator } from './SaveIndicator';
import { StorageStatus } from './StorageStatus';
import { ErrorBoundary } from '../common/ErrorBoundary';
import { SegmentRow, type SegmentRowActions } from './SegmentRow';
import { useActiveSegment } from './useActiveSegment';
import { useDebouncedCallback } from '../common/useDebouncedCallback';
import { useSaveOnLeavingPage } from './useSaveOnLeavingPage';
import { useScriptConverter } from './useScriptConverter';

interface WorkspaceProps {
  projectId: string;
  onOpenHelp: () => void;
}

export function Workspace({ projectId, onOpenHelp }: WorkspaceProps) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const open = useOpenProject(db, projectId);
  if (!open) {
    return (
      <main className="workspace workspace--loading">
        <p role="status">{t('app.loading')}</p>
      </main>
    );
  }
  return <OpenWorkspace open={open} onOpenHelp={onOpenHelp} />;
}

const estimatedRowHeight = 96;

// History (and its diff library) loads when first opened.
const HistoryDialog = lazy(() =>
  import('./HistoryDialog').then((module) => ({ default: module.HistoryDialog })),
);

function OpenWorkspace({ open, onOpenHelp }: { open: OpenProject; onOpenHelp: () => void }) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const { project, store, initialView } = open;
  const { sourceScript, showReadings, showGlossary, setPreference } = usePreferences();
  const glossary = useGlossaryMatcher(useGlossary(db, project.id));
  const liveEditor = useRef<SegmentEditorHandle | null>(null);
  const [glossaryDraft, setGlossaryDraft] = useState<GlossaryDraft | null>(null);
  const convert = useScriptConverter(sourceScript);
  const scrollRef = useRef<HTMLElement>(null);

  const virtualizer = useVirtualizer({
    count: store.ids.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => estimatedRowHeight,
    getItemKey: (index) => store.ids[index] ?? index,
    overscan: 6,
    initialOffset: initialView.scrollTop,
  });

  const reveal = useCallback(
    (index: number) => {
      if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' });
    },
    [virtualizer],
  );
  const navigation = useActiveSegment(store, initialView, reveal);
  // The saved scroll position and active segment can disagree (a reload before the view state
  // was written): when the active segment is nowhere near the restored position, it wins.
  const revealedInitially = useRef(false);
  useEffect(() => {
    if (revealedInitially.current) return;
    revealedInitially.current = true;
    const index = initialView.activeSegmentId ? store.indexOf(initialView.activeSegmentId) : -1;
    const rendered = virtualizer.getVirtualItems().some((item) => item.index === index);
    if (index >= 0 && !rendered) reveal(index);
  }, [initialView.activeSegmentId, reveal, store, virtualizer]);
  const { active } = navigation;

  const viewState = useCallback(
    () => ({
      activeSegmentId: active.segmentId,
      activeField: active.field,
      scrollTop: scrollRef.current?.scrollTop ?? 0,
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
  useEffect(() => {
    void saveViewState();
  }, [saveViewState]);

  // After Esc the caret leaves the editor, but keyboard focus stays on the segment's row.
  useLayoutEffect(() => {
    if (active.editing || !active.segmentId) return;
    const row = scrollRef.current?.querySelector<HTMLElement>(
      `[data-segment-id="${CSS.escape(active.segmentId)}"]`,
    );
    row?.focus({ preventScroll: true });
  }, [active.editing, active.segmentId]);

  // Row callbacks stay the same object for the workspace's life, so rows re-render only when
  // their own segment or active state changes.
  const latest = useRef({ navigation, convert, onOpenHelp, glossary });
  useEffect(() => {
    latest.current = { navigation, convert, onOpenHelp, glossary };
  });
  const [historyFor, setHistoryFor] = useState<string | null>(null);
  const actions = useMemo<SegmentRowActions>(
    () => ({
      activate: (segmentId, field, caret) =>
        latest.current.navigation.activate(segmentId, field, caret),
      command: (segmentId, command, handle) =>
        runCommand(segmentId, command, handle, latest.current, store),
      blur: () => void store.flush(),
      editorReady: (handle) => {
        liveEditor.current = handle;
      },
      openHistory: (segmentId) => setHistoryFor(segmentId),
    }),
    [store],
  );

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
      setPreference('showGlossary', true);
    };
    document.addEventListener('keydown', addSelectionOnKey);
    return () => document.removeEventListener('keydown', addSelectionOnKey);
  }, [setPreference]);

  const onListKeyDown = (event: React.KeyboardEvent) => {
    if (event.target instanceof HTMLElement && event.target.isContentEditable) return;
    if (event.target instanceof HTMLElement && event.target.getAttribute('role') !== 'group') {
      return;
    }
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key === 'ArrowDown') navigation.moveBy(1);
    else if (mod && event.key === 'ArrowUp') navigation.moveBy(-1);
    else if (event.key === 'Enter' && active.segmentId)
      navigation.activate(active.segmentId, active.field);
    else return;
    event.preventDefault();
  };

  const sourceLang = languageTagOf(sourceScript, project.sourceLang);
  return (
    <GlossaryContext value={glossary}>
      <main className="workspace">
        <div className="workspace__bar">
          <ProgressBar store={store} />
          <SaveIndicator store={store} />
          {project.cleaning.readingsRemoved > 0 ? (
            <p className="workspace__note">
              {t('project.cleaned', { count: project.cleaning.readingsRemoved })}
            </p>
          ) : null}
          <StorageStatus />
          <ImportButton project={project} store={store} />
          <ExportMenu project={project} store={store} />
          <GoToSegment
            count={store.ids.length}
            onGo={(number) => {
              const id = store.ids[number - 1];
              if (id) navigation.activate(id, 'translation');
            }}
          />
        </div>
        <SaveFailureBanner project={project} store={store} />
        <div className="workspace__body">
          <div className="workspace__list">
            <div className="segment-header" aria-hidden="true">
              <span>{t('segment.columns.number')}</span>
              <span>{t('segment.columns.source')}</span>
              <span>{t('segment.columns.translation')}</span>
              <span>{t('segment.columns.notes')}</span>
              <span>{t('segment.columns.status')}</span>
            </div>
            <section
              ref={scrollRef}
              className="segment-list"
              aria-label={t('segment.list')}
              onKeyDown={onListKeyDown}
              onScroll={scheduleViewSave}
            >
              <div className="segment-list__inner" style={{ height: virtualizer.getTotalSize() }}>
                {virtualizer.getVirtualItems().map((item) => {
                  const segmentId = store.ids[item.index] ?? '';
                  const isCurrent = active.segmentId === segmentId;
                  return (
                    <div
                      key={item.key}
                      ref={virtualizer.measureElement}
                      data-index={item.index}
                      className="segment-list__item"
                      style={{ transform: `translateY(${item.start}px)` }}
                    >
                      <SegmentRow
                        store={store}
                        segmentId={segmentId}
                        index={item.index}
                        isCurrent={isCurrent}
                        liveField={isCurrent && active.editing ? active.field : null}
                        caretTarget={isCurrent ? active.caret : null}
                        focusToken={isCurrent ? active.focusToken : 0}
                        convert={convert}
                        showReadings={showReadings}
                        sourceLang={sourceLang}
                        actions={actions}
                      />
                    </div>
                  );
                })}
              </div>
            </section>
          </div>
          {showGlossary ? (
            <ErrorBoundary projectId={project.id}>
              <GlossaryPanel
                project={project}
                store={store}
                activeSegmentId={active.segmentId}
                draft={glossaryDraft}
                onDraft={setGlossaryDraft}
                onJump={(segmentId) => navigation.activate(segmentId, 'translation')}
                onInsert={(text) => liveEditor.current?.insertText(text)}
              />
            </ErrorBoundary>
          ) : null}
        </div>
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
      </main>
    </GlossaryContext>
  );
}

function runCommand(
  segmentId: string,
  command: EditorCommand,
  handle: SegmentEditorHandle,
  context: {
    navigation: ReturnType<typeof useActiveSegment>;
    convert: (text: string) => string;
    onOpenHelp: () => void;
    glossary: GlossaryContextValue;
  },
  store: OpenProject['store'],
) {
  const { navigation, convert, onOpenHelp, glossary } = context;
  if (command.startsWith('insertTerm:')) {
    const position = Number(command.slice('insertTerm:'.length)) - 1;
    const terms = termsOfSegment(store.get(segmentId)?.source ?? '', glossary);
    const term = terms[position];
    if (term) handle.insertText(term.target);
    return;
  }
  switch (command) {
    case 'confirm':
      return navigation.confirmAndAdvance(segmentId);
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
      const source = store.get(segmentId)?.source ?? '';
      return handle.replaceContent(plainTextToRichText(convert(source)));
    }
  }
}
