import { readFileInWorker } from './readFileInWorker';
import type { TmxFileRead } from './readTmxBytes';

/** Reads a TMX file in a worker (a memory of 100,000 units): see readFileInWorker. */
export function readTmxFile(file: File): Promise<TmxFileRead> {
  return readFileInWorker(
    file,
    () => new Worker(new URL('./tmxFile.worker.ts', import.meta.url), { type: 'module' }),
    readHere,
  );
}

async function readHere(file: File): Promise<TmxFileRead> {
  const [{ readTmxBytes }, buffer] = await Promise.all([
    import('./readTmxBytes'),
    file.arrayBuffer(),
  ]);
  return readTmxBytes(new Uint8Array(buffer));
}
