import type { ImportRead } from './readImportText';

/**
 * Reads and parses an imported file in a worker, so that a large XLIFF or project file does not
 * freeze the page. Where workers are missing or fail to start, it parses here instead.
 * Rejects when the file itself cannot be read.
 */
export function readImportFile(file: File): Promise<ImportRead> {
  if (typeof Worker === 'undefined') return readHere(file);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./importFile.worker.ts', import.meta.url), {
      type: 'module',
    });
    worker.onmessage = (event: MessageEvent<{ ok: true; result: ImportRead } | { ok: false }>) => {
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

async function readHere(file: File): Promise<ImportRead> {
  const [{ readImportBytes }, buffer] = await Promise.all([
    import('./readImportText'),
    file.arrayBuffer(),
  ]);
  return readImportBytes(new Uint8Array(buffer));
}
