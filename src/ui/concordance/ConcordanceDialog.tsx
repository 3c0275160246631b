import { useDeferredValue, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useWorkspaceDb } from '../../app/WorkspaceDbContext';
import { originLabel } from '../../domain/formats/tmx/writeTmx';
import {
  splitAtRanges,
  type ConcordanceHit,
  type TextRange,
} from '../../domain/memory/concordance';
import type { Project } from '../../domain/model/project';
import type { SegmentStore } from '../../storage/segmentStore';
import { Dialog } from '../common/Dialog';
import { useCharFold } from '../glossary/useCharFold';
import { loadConcordance, type Concordance } from './loadConcordance';
import './concordance.css';

const shownHits = 200;

interface Props {
  initialQuery: string;
  project: Project;
  store: SegmentStore;
  onClose: () => void;
  onGo: (segmentId: string) => void;
}

export function ConcordanceDialog({ initialQuery, project, store, onClose, onGo }: Props) {
  const { t } = useTranslation();
  const db = useWorkspaceDb();
  const fold = useCharFold();
  const [query, setQuery] = useState(initialQuery);
  const [index, setIndex] = useState<Concordance | null>(null);
  const [found, setFound] = useState<{
    query: string;
    result: Awaited<ReturnType<Concordance['search']>>;
  } | null>(null);
  const [failed, setFailed] = useState(false);
  // Typing stays responsive: the search follows the field at React's lower priority.
  const deferredQuery = useDeferredValue(query);

  useEffect(() => {
    if (!fold) return;
    let cancelled = false;
    loadConcordance(db, fold, project, store).then(
      (loaded) => {
        if (!cancelled) setIndex(loaded);
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [db, fold, project, store]);

  useEffect(() => {
    if (!index) return;
    let cancelled = false;
    index.search(deferredQuery, shownHits).then(
      (result) => {
        if (!cancelled) setFound({ query: deferredQuery, result });
      },
      () => {
        if (!cancelled) setFailed(true);
      },
    );
    return () => {
      cancelled = true;
    };
  }, [index, deferredQuery]);
  const result = found?.result ?? null;

  const status = failed
    ? t('concordance.failed')
    : !result
      ? t('concordance.loading')
      : found?.query.trim() === ''
        ? t('concordance.hint', { count: result.size })
        : result.total === 0
          ? t('concordance.none')
          : result.total > result.hits.length
            ? t('concordance.firstOf', { shown: result.hits.length, count: result.total })
            : t('concordance.count', { count: result.total });

  return (
    <Dialog open title={t('concordance.title')} onClose={onClose} className="concordance">
      <div className="concordance__form">
        <input
          type="search"
          aria-label={t('concordance.search')}
          placeholder={t('concordance.placeholder')}
          data-autofocus
          value={query}
          onChange={(event) => setQuery(event.target.value)}
        />
        <button type="button" onClick={onClose}>
          {t('concordance.close')}
        </button>
      </div>
      <p role="status" className="concordance__status">
        {status}
      </p>
      {result && result.hits.length > 0 ? (
        <ol className="concordance__hits" aria-label={t('concordance.results')}>
          {result.hits.map((hit) => (
            <Hit key={hit.unit.id} hit={hit} project={project} store={store} onGo={onGo} />
          ))}
        </ol>
      ) : null}
    </Dialog>
  );
}

function Hit({
  hit,
  project,
  store,
  onGo,
}: {
  hit: ConcordanceHit;
  project: Project;
  store: SegmentStore;
  onGo: (segmentId: string) => void;
}) {
  const { t } = useTranslation();
  const { unit } = hit;
  const { origin } = unit;
  const segmentId =
    origin.kind === 'project' && origin.projectId === project.id ? origin.segmentId : null;
  const number = segmentId === null ? 0 : store.indexOf(segmentId) + 1;
  return (
    <li className="concordance__hit">
      <p lang={unit.sourceLang} className="concordance__source">
        <Highlighted text={unit.source} ranges={hit.sourceRanges} />
      </p>
      <p lang={unit.targetLang} className="concordance__target">
        <Highlighted text={unit.target} ranges={hit.targetRanges} />
      </p>
      <p className="concordance__meta">
        <span>
          {origin.kind === 'project'
            ? t('concordance.fromProject', { name: originLabel(unit) })
            : t('concordance.fromTmx', { file: originLabel(unit) })}
        </span>
        {segmentId !== null && number > 0 ? (
          <button type="button" onClick={() => onGo(segmentId)}>
            {t('concordance.goTo', { number })}
          </button>
        ) : null}
      </p>
    </li>
  );
}

function Highlighted({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
  return splitAtRanges(text, ranges).map((part, index) =>
    part.hit ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>,
  );
}
