import type { TmxFileRead } from './readTmxBytes';

/**
 * Reads a TMX file in a worker, so that a memory of 100,000 units does not freeze the page.
 * Where workers are missing or fail to start, it reads here instead. Rejects when the file
 * itself cannot be read.
 */
export function readTmxFile(file: File): Promise<TmxFileRead> {
  if (typeof Worker === 'undefined') return readHere(file);
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./tmxFile.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<{ ok: true; result: TmxFileRead } | { ok: false }>) => {
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

async function readHere(file: File): Promise<TmxFileRead> {
  const [{ readTmxBytes }, buffer] = await Promise.all([
    import('./readTmxBytes'),
    file.arrayBuffer(),
  ]);
  return readTmxBytes(new Uint8Array(buffer));
}
