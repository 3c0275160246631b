import { useEffect, useState, useSyncExternalStore } from 'react';
import type { WorkspaceDb } from '../../storage/db';
import type { MemorySearch } from '../../storage/memory/memorySearch';

/** The memory search of the page (its worker starts on first use), once its code has loaded. */
export function useMemorySearch(db: WorkspaceDb): MemorySearch | null {
  const [search, setSearch] = useState<MemorySearch | null>(null);
  useEffect(() => {
    let cancelled = false;
    void import('../../storage/memory/memorySearch').then(({ memorySearchFor }) => {
      if (!cancelled) setSearch(memorySearchFor(db));
    });
    return () => {
      cancelled = true;
    };
  }, [db]);
  return search;
}

const noSubscription = () => () => undefined;

/** Units in the memory, or null while it loads; changes whenever the memory does. */
export function useMemorySize(search: MemorySearch | null): number | null {
  return useSyncExternalStore(
    search ? (listener) => search.subscribe(listener) : noSubscription,
    () => search?.size() ?? null,
  );
}
