import { readTmxBytes } from './readTmxBytes';

// A dedicated worker: decoding and parsing a large memory here leaves the page free to respond.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<File>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  void event.data.arrayBuffer().then(
    (buffer) => scope.postMessage({ ok: true, result: readTmxBytes(new Uint8Array(buffer)) }),
    () => scope.postMessage({ ok: false }),
  );
};
