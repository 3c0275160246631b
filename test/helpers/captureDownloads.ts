import { vi } from 'vitest';

/**
 * The files the app offers for download from now on (each Blob given to URL.createObjectURL),
 * in order; happy-dom makes no object URLs of its own. Restored by vi.restoreAllMocks().
 */
export function captureDownloads(): Blob[] {
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    blobs.push(blob as Blob);
    return 'blob:test';
  });
  return blobs;
}
