import { TmxImportButton } from '../exchange/TmxImportButton';
import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePreferences } from '../../app/preferences';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { foldText } from '../../domain/glossary/charFold';
import type { MemoryMatch } from '../../domain/memory/MemoryIndex';
import { repetitionGroups } from '../../domain/memory/repetitions';
import { sourceDiff } from '../../domain/memory/sourceDiff';
import type { Project } from '../../domain/model/project';
import type { SegmentStore } from '../../storage/segmentStore';
import { useCharFold } from '../glossary/useCharFold';
import { onSegmentMove } from '../workspace/segmentMoves';
import { memoryQueryFor, originName, pageNormalizer } from './memoryFill';
import { PreTranslateButton } from './PreTranslateButton';
import { useMemoryLoading, useMemorySearch, useMemorySize } from './useMemorySearch';
import './memory.css';

export interface MemoryPanelProps {
  project: Project;
  store: SegmentStore;
  activeSegmentId: string | null;
  /** Puts a match's English in the active segment (replacing an empty one, else at the caret). */
  onInsert: (text: string) => void;
}

/** Matches shown and reachable with Ctrl+1…3. */
const shownMatches = 5;

/** The minimum match scores offered (memoQ's default is 50 %, Trados's 70 %). */
const minScoreChoices = [50, 55, 60, 65, 70, 75, 80, 85, 90, 95, 100];

/**
 * The translation memory's matches for the active segment, best first: score, the match's source
 * with what differs from this segment's, its English, origin and date. Ctrl+1…3 or a click
 * inserts one.
 */
export function MemoryPanel({ project, store, activeSegmentId, onInsert }: MemoryPanelProps) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const search = useMemorySearch(db, project.id);
  const size = useMemorySize(search);
  const loading = useMemoryLoading(search);
  const { memoryMinScore, setPreference } = usePreferences();
  const [found, setFound] = useState<{ segmentId: string; matches: MemoryMatch[] } | null>(null);
  // One callback for the panel's life: the shown matches do not render again when the
  // workspace does (its onInsert is new each time).
  const insertLatest = useRef(onInsert);
  useEffect(() => {
    insertLatest.current = onInsert;
  });
  const insert = useCallback((text: string) => insertLatest.current(text), []);

  // A move's look-up starts as the move does (onSegmentMove), so the workers search while the
  // page renders the move; the effect below then takes that answer instead of asking again.
  const started = useRef<{ key: string; matches: Promise<MemoryMatch[]> } | null>(null);
  const lookUp = useCallback(
    (segmentId: string): Promise<MemoryMatch[]> | null => {
      if (!search) return null;
      const query = memoryQueryFor(store, segmentId, {
        limit: shownMatches,
        minScore: memoryMinScore,
      });
      if (!query) return null;
      // The memory's size too: one that has grown since (while it loads) is asked again.
      const key = `${size ?? ''} ${JSON.stringify(query)}`;
      if (started.current?.key === key) return started.current.matches;
      const matches = search.lookup(query);
      // Taken over while it is under way only: a later visit asks again (the memory may have
      // changed meanwhile without changing its size).
      started.current = { key, matches };
      const settled = () => {
        if (started.current?.matches === matches) started.current = null;
      };
      void matches.then(settled, settled);
      return matches;
    },
    [search, size, store, memoryMinScore],
  );
  // Going into another field of the active segment is no move: nothing to ask.
  const activeNow = useRef(activeSegmentId);
  useEffect(() => {
    activeNow.current = activeSegmentId;
  }, [activeSegmentId]);
  useEffect(() => {
    if (size === null) return;
    return onSegmentMove(store, (segmentId) => {
      if (segmentId !== activeNow.current) void lookUp(segmentId);
    });
  }, [store, size, lookUp]);

  useEffect(() => {
    if (size === null || !activeSegmentId) return;
    const matches = lookUp(activeSegmentId);
    if (!matches) return;
    let cancelled = false;
    void matches.then((found) => {
      if (!cancelled) setFound({ segmentId: activeSegmentId, matches: found });
    });
    return () => {
      cancelled = true;
    };
  }, [size, activeSegmentId, lookUp]);

  const repeated = useRepetitionCount(store, activeSegmentId);
  const matches = found && found.segmentId === activeSegmentId ? found.matches : null;
  const number = activeSegmentId ? store.indexOf(activeSegmentId) + 1 : 0;

  return (
    <section aria-label={t('memory.region')} className="memory-panel">
      <h2 className="memory-panel__title">{t('memory.region')}</h2>
      <div className="memory-panel__bar">
        <span className="memory-panel__size">
          {size === null
            ? t('memory.loading')
            : loading
              ? t('memory.loadingSize', { count: size })
              : t('memory.size', { count: size })}
        </span>
        <label className="memory-panel__minimum">
          {t('memory.minScore')}
          <select
            value={memoryMinScore}
            onChange={(event) => setPreference('memoryMinScore', Number(event.target.value))}
          >
            {minScoreChoices.map((score) => (
              <option key={score} value={score}>
                {t('memory.score', { score })}
              </option>
            ))}
          </select>
        </label>
        {search ? <PreTranslateButton project={project} store={store} search={search} /> : null}
        <TmxImportButton />
      </div>
      {!activeSegmentId ? (
        <p className="memory-panel__empty">{t('memory.noActive')}</p>
      ) : (
        <>
          {repeated > 1 ? (
            <p className="memory-panel__repeated">{t('memory.repeated', { count: repeated })}</p>
          ) : null}
          {matches === null ? (
            size === null ? null : (
              <p className="memory-panel__empty">{t('memory.loading')}</p>
            )
          ) : matches.length === 0 ? (
            <p className="memory-panel__empty">
              {loading ? t('memory.loading') : t('memory.none', { score: memoryMinScore })}
            </p>
          ) : (
            <>
              <p className="memory-panel__legend">{t('memory.diffLegend')}</p>
              <ol className="memory-panel__matches" aria-label={t('memory.matches', { number })}>
                {matches.map((match, index) => (
                  <MatchItem
                    key={match.unit.id}
                    match={match}
                    position={index + 1}
                    currentSource={store.get(activeSegmentId)?.source ?? ''}
                    sourceLang={project.sourceLang}
                    onInsert={insert}
                  />
                ))}
              </ol>
            </>
          )}
        </>
      )}
    </section>
  );
}

/** Formatting dates is slow to set up (a fraction of a millisecond per format): one per language. */
const dateFormats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(language: string): Intl.DateTimeFormat {
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium' });
    dateFormats.set(language, format);
  }
  return format;
}

const MatchItem = memo(function MatchItem(props: {
  match: MemoryMatch;
  position: number;
  currentSource: string;
  sourceLang: string;
  onInsert: (text: string) => void;
}) {
  const { match, position, currentSource, onInsert } = props;
  const { t, i18n } = useTranslation();
  const fold = useCharFold();
  const parts = useMemo(
    () =>
      sourceDiff(
        match.unit.source,
        currentSource,
        fold ? (text) => foldText(text, fold) : undefined,
      ),
    [match.unit.source, currentSource, fold],
  );
  const date = dateFormat(i18n.language).format(match.unit.updatedAt);
  return (
    <li className={`memory-match${match.context ? ' memory-match--context' : ''}`}>
      <div className="memory-match__head">
        <span className="memory-match__score">{t('memory.score', { score: match.score })}</span>
        {match.context ? (
          <span className="memory-match__context">{t('memory.contextMatch')}</span>
        ) : null}
        <span className="memory-match__origin">
          {t('memory.origin', { origin: originName(match), date })}
        </span>
      </div>
      <p className="memory-match__source" lang={match.unit.sourceLang || props.sourceLang}>
        {parts.map((part, index) =>
          part.kind === 'removed' ? (
            <del key={index}>{part.text}</del>
          ) : part.kind === 'added' ? (
            <ins key={index}>{part.text}</ins>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
      <p className="memory-match__target" lang={match.unit.targetLang || 'en'}>
        {match.unit.target}
      </p>
      <button
        type="button"
        className="memory-match__insert"
        aria-label={t('memory.insertMatch', { position })}
        title={t('memory.insertMatch', { position })}
        onClick={() => onInsert(match.unit.target)}
      >
        {t('memory.insert')}
        {position <= 3 ? <kbd>{`Ctrl+${position}`}</kbd> : null}
      </button>
    </li>
  );
});

const groupsByStore = new WeakMap<SegmentStore, Promise<Map<string, string[]>>>();

/** How many segments of the project share the active one's source (itself included). */
function useRepetitionCount(store: SegmentStore, segmentId: string | null): number {
  const [groups, setGroups] = useState<Map<string, string[]> | null>(null);
  useEffect(() => {
    let cancelled = false;
    let loading = groupsByStore.get(store);
    if (!loading) {
      loading = pageNormalizer().then((normalize) =>
        repetitionGroups(store.currentSegments(), normalize),
      );
      groupsByStore.set(store, loading);
    }
    void loading.then((loaded) => {
      if (!cancelled) setGroups(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, [store]);
  return segmentId ? (groups?.get(segmentId)?.length ?? 1) : 0;
}
