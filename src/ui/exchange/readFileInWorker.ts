/**
 * Reads a file in a worker of its own (ended once it answers), so that a large import does not
 * freeze the page. The worker is sent the File and answers `{ ok: true, result }`, or
 * `{ ok: false }` when the file cannot be read. Where workers are missing or fail to start,
 * `readHere` reads the file on the page instead. Rejects when the file itself cannot be read.
 */
export function readFileInWorker<Result>(
  file: File,
  startWorker: () => Worker,
  readHere: (file: File) => Promise<Result>,
): Promise<Result> {
  if (typeof Worker === 'undefined') return readHere(file);
  return new Promise((resolve, reject) => {
    const worker = startWorker();
    worker.onmessage = (event: MessageEvent<{ ok: true; result: Result } | { ok: false }>) => {
      worker.terminate();
      if (event.data.ok) resolve(event.data.result);
      else reject(new Error('unreadable'));
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      readHere(file).then(resolve, reject);
    };
    worker.postMessage(file);
  });
}
