import { readImportBytes } from './readImportText';

// A dedicated worker: reading and parsing a large file here leaves the page free to respond.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<File>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  void event.data.arrayBuffer().then(
    (buffer) => scope.postMessage({ ok: true, result: readImportBytes(new Uint8Array(buffer)) }),
    () => scope.postMessage({ ok: false }),
  );
};
