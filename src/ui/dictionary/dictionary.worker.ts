import assetUrl from '../../../generated/cc-cedict.bin?url';
import { Dictionary } from '../../domain/dictionary/dictionaryAsset';
import type { DictionaryReply, DictionaryRequest } from './dictionaryService';

// A dedicated worker: unpacking and indexing CC-CEDICT (125,000 entries) happens off the page.

/**
 * Cache Storage keeps the asset for offline use, unpacked: a cold start then reads it without
 * unpacking 9 MB again. Its hashed URL changes with each new copy; older copies are deleted.
 */
const cacheName = 'bw-dictionary';

async function loadDictionary(): Promise<Dictionary> {
  const url = new URL(assetUrl, self.location.href).href;
  const cache = await caches.open(cacheName).catch(() => null);
  const cached = await cache?.match(url);
  if (cached) {
    try {
      return new Dictionary(await cached.text());
    } catch {
      // A damaged copy: downloaded again below.
      await cache?.delete(url);
    }
  }
  const response = await fetch(url);
  if (!response.ok || !response.body) {
    throw new Error(`The dictionary answered HTTP ${response.status}`);
  }
  const text = await new Response(
    response.body.pipeThrough(new DecompressionStream('gzip')),
  ).text();
  const dictionary = new Dictionary(text);
  if (cache) {
    // A failed put (quota) only means downloading it again next time.
    const unpacked = new Response(text, {
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
    void cache
      .put(url, unpacked)
      .then(async () => {
        for (const request of await cache.keys()) {
          if (request.url !== url) await cache.delete(request);
        }
      })
      .catch(() => undefined);
  }
  return dictionary;
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
