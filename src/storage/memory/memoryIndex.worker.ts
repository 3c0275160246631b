import { WorkspaceDb } from '../db';
import { MemoryIndexHost } from './memoryIndexHost';
import type { MemoryWorkerReply, MemoryWorkerRequest } from './memoryWorkerProtocol';

// The memory's index lives here (one part of it per worker, see memoryShards.ts): loading
// 100,000 units and looking matches up never holds the page's thread, so typing goes on while a
// look-up runs.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MemoryWorkerRequest>) => void) | null;
  postMessage: (message: MemoryWorkerReply) => void;
};

let host: Promise<MemoryIndexHost> | null = null;

const failed = () => scope.postMessage({ type: 'failed' });

scope.onmessage = ({ data }) => {
  if (data.type === 'open') {
    host = MemoryIndexHost.open(
      new WorkspaceDb(data.databaseName),
      () =>
        void host?.then((ready) =>
          scope.postMessage({ type: 'changed', size: ready.size, loading: ready.loading }),
        ),
      data.firstProjectId,
      data.shard,
    );
    host.then((ready) => ready.loaded).catch(failed);
    return;
  }
  void host?.then(async (ready) => {
    if (data.type === 'lookup') {
      // Answered from what is indexed so far: the open project's units load first.
      const started = performance.now();
      const { matches, pairs } = ready.lookupShard(data.query);
      const lookupMs = performance.now() - started;
      scope.postMessage({ type: 'matches', id: data.id, matches, pairs, lookupMs });
    } else if (data.type === 'best') {
      // Pre-translate fills from the whole memory.
      await ready.loaded;
      scope.postMessage({ type: 'best', id: data.id, matches: ready.bestMatches(data.queries) });
    } else {
      // Concordance searches the whole memory, off the page's thread.
      await ready.loaded;
      const result = ready.concordance(data.query, data.limit, data.excludedProjectId);
      scope.postMessage({ type: 'concordance', id: data.id, result });
    }
  });
};
