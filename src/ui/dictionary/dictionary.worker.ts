import assetUrl from '../../../generated/cc-cedict.bin?url';
import { Dictionary } from '../../domain/dictionary/dictionaryAsset';
import type { DictionaryReply, DictionaryRequest } from './dictionaryService';

// A dedicated worker: unpacking and indexing CC-CEDICT (125,000 entries) happens off the page.

/** Cache Storage keeps the asset for offline use; its hashed URL changes with each new copy. */
const cacheName = 'bw-dictionary';

async function fetchAsset(): Promise<Response> {
  const url = new URL(assetUrl, self.location.href).href;
  const cache = await caches.open(cacheName).catch(() => null);
  const cached = await cache?.match(url);
  if (cached) return cached;
  const response = await fetch(url);
  if (!response.ok) throw new Error(`The dictionary answered HTTP ${response.status}`);
  if (cache) {
    // Stored while it is unpacked, not before; a failed put (quota) only means downloading it
    // again next time. Copies of older builds go.
    void cache
      .put(url, response.clone())
      .then(async () => {
        for (const request of await cache.keys()) {
          if (request.url !== url) await cache.delete(request);
        }
      })
      .catch(() => undefined);
  }
  return response;
}

async function loadDictionary(): Promise<Dictionary> {
  const response = await fetchAsset();
  if (!response.body) throw new Error('The dictionary arrived empty');
  const text = await new Response(
    response.body.pipeThrough(new DecompressionStream('gzip')),
  ).text();
  return new Dictionary(text);
}

let loading: Promise<Dictionary> | null = null;
function dictionary(): Promise<Dictionary | null> {
  loading ??= loadDictionary();
  return loading.catch(() => {
    // Offline before the first download: pinyin still answers; the next query tries again.
    loading = null;
    return null;
  });
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<DictionaryRequest>) => void) | null;
  postMessage: (message: DictionaryReply) => void;
};

// pinyin-pro (most of this worker's code) downloads while the dictionary does, and builds its
// tables then too: its first call takes a while.
let answering: ReturnType<typeof loadAnswering> | null = null;
const loadAnswering = () =>
  import('../../domain/dictionary/dictionaryQuery').then((module) => {
    module.answerQuery({ text: '字典' }, null);
    return module;
  });

scope.onmessage = (event) => {
  const { id, query } = event.data;
  answering ??= loadAnswering();
  void Promise.all([answering, dictionary()]).then(([{ answerQuery }, loaded]) => {
    if (query) scope.postMessage({ id, answer: answerQuery(query, loaded) });
  });
};
