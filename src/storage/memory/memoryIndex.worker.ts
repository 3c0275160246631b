import { WorkspaceDb } from '../db';
import { MemoryIndexHost } from './memoryIndexHost';
import type { MemoryWorkerReply, MemoryWorkerRequest } from './memoryWorkerProtocol';

// The memory's index lives here: loading 100,000 units and looking matches up never holds the
// page's thread, so typing goes on while a look-up runs.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MemoryWorkerRequest>) => void) | null;
  postMessage: (message: MemoryWorkerReply) => void;
};

let host: Promise<MemoryIndexHost> | null = null;

scope.onmessage = ({ data }) => {
  if (data.type === 'open') {
    host = MemoryIndexHost.open(new WorkspaceDb(data.databaseName), () => {
      void host?.then((ready) => scope.postMessage({ type: 'changed', size: ready.size }));
    });
    host.then(
      (ready) => scope.postMessage({ type: 'changed', size: ready.size }),
      () => scope.postMessage({ type: 'failed' }),
    );
    return;
  }
  void host?.then((ready) => {
    if (data.type === 'lookup') {
      scope.postMessage({ type: 'matches', id: data.id, matches: ready.lookup(data.query) });
    } else {
      scope.postMessage({ type: 'best', id: data.id, matches: ready.bestMatches(data.queries) });
    }
  });
};
