import type { DictionaryAnswer, DictionaryQuery } from '../../domain/dictionary/dictionaryQuery';

/** Looks up CC-CEDICT and pinyin for the Dictionary panel. */
export interface DictionaryService {
  query: (query: DictionaryQuery) => Promise<DictionaryAnswer | null>;
  /** Starts loading the dictionary ahead of the first query. */
  warm: () => void;
}

/** A null query only warms the worker up. */
export interface DictionaryRequest {
  id: number;
  query: DictionaryQuery | null;
}

export interface DictionaryReply {
  id: number;
  answer: DictionaryAnswer | null;
}

let worker: Worker | null = null;
let nextId = 0;
const pending = new Map<number, (answer: DictionaryAnswer | null) => void>();

/** One worker for the page's life, started on first use: its index stays warm. */
function dictionaryWorker(): Worker {
  if (worker) return worker;
  const started = new Worker(new URL('./dictionary.worker.ts', import.meta.url), {
    type: 'module',
  });
  started.onmessage = (event: MessageEvent<DictionaryReply>) => {
    pending.get(event.data.id)?.(event.data.answer);
    pending.delete(event.data.id);
  };
  started.onerror = () => {
    // The worker could not start or broke: answer what is waiting, start afresh next time.
    for (const resolve of pending.values()) resolve(null);
    pending.clear();
    started.terminate();
    worker = null;
  };
  worker = started;
  return started;
}

export const workerDictionary: DictionaryService = {
  query: (query) =>
    new Promise((resolve) => {
      nextId += 1;
      pending.set(nextId, resolve);
      const request: DictionaryRequest = { id: nextId, query };
      dictionaryWorker().postMessage(request);
    }),
  warm: () => {
    const request: DictionaryRequest = { id: 0, query: null };
    dictionaryWorker().postMessage(request);
  },
};
