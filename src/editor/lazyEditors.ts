import { useSyncExternalStore } from 'react';

type LiveEditors = typeof import('./liveEditors');

let loaded: LiveEditors | null = null;
let loading: Promise<LiveEditors> | null = null;
let prefetchScheduled = false;
const listeners = new Set<() => void>();

/**
 * Tiptap and ProseMirror are about a third of the app's code and nothing needs them to paint
 * the workspace (cells are static until the translator goes into one), so they are loaded
 * once the first paint is done. A failed download is tried again on the next request.
 */
export function loadLiveEditors(): Promise<LiveEditors> {
  loading ??= import('./liveEditors').then(
    (module) => {
      loaded = module;
      for (const listener of listeners) listener();
      return module;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
}

/**
 * Starts loading the editors right after the first paint (once): the frame after the one that
 * painted the cells. Waiting for an idle moment instead cost up to 300 ms more before the first
 * cell could be edited (the bench's "first editable").
 */
export function prefetchLiveEditors(): void {
  if (prefetchScheduled || loaded) return;
  prefetchScheduled = true;
  const start = () => void loadLiveEditors().catch(() => (prefetchScheduled = false));
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(start));
  else setTimeout(start, 0);
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const snapshot = () => loaded;

/**
 * The editor components once loaded, else null. A store update renders synchronously, so no
 * event can slip between the download finishing and the editor replacing its placeholder.
 */
export function useLiveEditors(): LiveEditors | null {
  return useSyncExternalStore(subscribe, snapshot, snapshot);
}
