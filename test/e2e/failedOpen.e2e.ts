import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { describeInBrowser, openWorkspace, segment } from './browser';

/** Changes segment 3 of the open project in IndexedDB, beside the app's own connection. */
function changeStoredSegment3(page: Page, change: Record<string, unknown>): Promise<string> {
  return page.evaluate(
    (fields) =>
      new Promise<string>((resolve, reject) => {
        const request = indexedDB.open('bilingual-workspace');
        request.onerror = () => reject(request.error ?? new Error('open failed'));
        request.onsuccess = () => {
          const store = request.result.transaction('segments', 'readwrite').objectStore('segments');
          const all = store.getAll();
          all.onsuccess = () => {
            const rows = all.result as { id: string; order: number }[];
            const row = rows.find((candidate) => candidate.order === 2);
            if (!row) return reject(new Error('no segment 3'));
            const put = store.put({ ...row, ...fields });
            put.onsuccess = () => {
              request.result.close();
              resolve(row.id);
            };
            put.onerror = () => reject(put.error ?? new Error('write failed'));
          };
        };
      }),
    change,
  );
}

describeInBrowser('a project whose stored data fails validation', (fixture) => {
  it('shows what went wrong instead of an endless Loading…, and opens after Retry once mended', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    // Another script on the same origin (or an older version) wrote what no version writes.
    const id = await changeStoredSegment3(page, { status: 42, translation: 'garbage' });
    await page.reload();

    const failure = page.getByRole('alert').filter({ hasText: 'could not be opened' });
    await failure.waitFor();
    expect(await failure.textContent()).toContain(
      'Segment 3’s stored data failed validation (field: translation',
    );
    expect(await failure.textContent()).not.toContain(id);
    expect(await page.getByText('Loading…').count()).toBe(0);

    const download = page.waitForEvent('download');
    await failure.getByRole('button', { name: 'Download what could be read' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.json$/);

    await changeStoredSegment3(page, {
      status: 'untranslated',
      translation: { type: 'doc', content: [{ type: 'paragraph' }] },
    });
    await failure.getByRole('button', { name: 'Retry' }).click();
    await segment(page, 3).getByLabel('English translation').waitFor();
  });
});
