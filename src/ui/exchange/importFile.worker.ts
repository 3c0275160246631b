import { readImportText } from './readImportText';

// A dedicated worker: reading and parsing a large file here leaves the page free to respond.
const scope = self as unknown as {
  onmessage: ((event: MessageEvent<File>) => void) | null;
  postMessage: (message: unknown) => void;
};

scope.onmessage = (event) => {
  void event.data.text().then(
    (text) => scope.postMessage({ ok: true, result: readImportText(text) }),
    () => scope.postMessage({ ok: false }),
  );
};
