import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WorkspaceDb } from '../../storage/db';
import type { MemorySearch } from '../../storage/memory/memorySearch';

/**
 * The memory search of the page (its worker starts on first use, loading `firstProjectId`'s
 * units first), once its code has loaded.
 */
export function useMemorySearch(db: WorkspaceDb, firstProjectId?: string): MemorySearch | null {
  const [search, setSearch] = useState<MemorySearch | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import('../../storage/memory/memorySearch').then(({ memorySearchFor }) => {
      if (!cancelled) setSearch(memorySearchFor(db, firstProjectId));
    });
    return () => {
      cancelled = true;
    };
  }, [db, firstProjectId]);
  return search;
}

const noSubscription = () => () => undefined;

/** Units indexed, or null before any are; changes whenever the memory does, and as it loads. */
export function useMemorySize(search: MemorySearch | null): number | null {
  return useSyncExternalStore(
    search ? (listener) => search.subscribe(listener) : noSubscription,
    () => search?.size() ?? null,
  );
}

/** Whether the memory is still loading (look-ups meanwhile search what has loaded). */
export function useMemoryLoading(search: MemorySearch | null): boolean {
  return useSyncExternalStore(
    search ? (listener) => search.subscribe(listener) : noSubscription,
    () => search?.loading() ?? true,
  );
}
