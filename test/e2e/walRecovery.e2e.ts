import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, openWorkspace, segment } from './browser';

interface StoredSegment {
  id: string;
  projectId: string;
  order: number;
  translationText: string;
  status: string;
}

/** Segment 3 of the open project as IndexedDB holds it, read beside the app's own connection. */
function storedSegment3(page: Page): Promise<StoredSegment> {
  return page.evaluate(
    () =>
      new Promise<StoredSegment>((resolve, reject) => {
        const request = indexedDB.open('bilingual-workspace');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const all = request.result.transaction('segments').objectStore('segments').getAll();
          all.onerror = () => reject(all.error ?? new Error('read failed'));
          all.onsuccess = () => {
            request.result.close();
            const rows = all.result as StoredSegment[];
            const row = rows.find((candidate) => candidate.order === 2);
            if (row) resolve(row);
            else reject(new Error('no segment 3'));
          };
        };
      }),
  );
}

describeInBrowser('a malformed write-ahead-log entry', (fixture) => {
  it('is never applied, is kept apart, and the translator can download it', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const translation = segment(page, 3).getByLabel('English translation');
    const shownBefore = await translation.textContent();
    const before = await storedSegment3(page);
    // The entry from issue 14, left by a tab that closed, newer than the stored segment.
    const entry = { patch: { translation: 'garbage', status: 42 }, at: Date.now() + 60_000 };
    await page.evaluate(({ key, log }) => localStorage.setItem(key, log), {
      key: `wal:bilingual-workspace:${before.projectId}:closed-tab`,
      log: JSON.stringify({ [before.id]: entry }),
    });
    await page.reload();
    await segment(page, 1).getByLabel('English translation').waitFor();

    const toast = page.getByRole('alert').filter({ hasText: 'could not be restored' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain(
      'An unsaved edit of segment 3 could not be restored',
    );
    expect(await translation.textContent()).toBe(shownBefore);
    expect(await storedSegment3(page)).toEqual(before);

    const download = page.waitForEvent('download');
    await toast.getByRole('button', { name: 'Download it' }).click();
    const file = await (await download).path();
    const kept = JSON.parse(await readFile(file, 'utf8')) as { segmentId: string; entry: unknown };
    expect(kept).toMatchObject({ segmentId: before.id, entry });
  });
});
