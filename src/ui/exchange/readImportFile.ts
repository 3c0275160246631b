import { readFileInWorker } from './readFileInWorker';
import type { ImportRead } from './readImportText';

/** Reads and parses an imported file (XLIFF, project file, text) in a worker: see readFileInWorker. */
export function readImportFile(file: File): Promise<ImportRead> {
  return readFileInWorker(
    file,
    () => new Worker(new URL('./importFile.worker.ts', import.meta.url), { type: 'module' }),
    readHere,
  );
}

async function readHere(file: File): Promise<ImportRead> {
  const [{ readImportBytes }, buffer] = await Promise.all([
    import('./readImportText'),
    file.arrayBuffer(),
  ]);
  return readImportBytes(new Uint8Array(buffer));
}
