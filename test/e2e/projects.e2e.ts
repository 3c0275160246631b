import { expect, it } from 'vitest';
import { describeInBrowser, openSettings, openWorkspace, segment } from './browser';

describeInBrowser('projects in Chromium', (fixture) => {
  it('creates a project from pasted text, opens it and switches back', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await openSettings(page);
    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Source text').fill('數字經濟\n數字經濟是高質量發展的重要動力。');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => segment(page, 2).textContent()).toContain('數字經濟是高質量發展');
    const projects = page.getByLabel('Project', { exact: true });
    expect(await projects.locator('option').count()).toBe(2);
    const proposal = await projects.locator('option').first().getAttribute('value');
    await projects.selectOption(proposal ?? '');
    await expect.poll(() => segment(page, 1).textContent()).toContain('馬化騰');
  });

  it('comes back to each project’s active segment, and Go to puts a segment near the top', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const list = page.getByRole('region', { name: 'Segments' });
    await page.getByLabel('Go to segment').fill('30');
    await page.getByLabel('Go to segment').press('Enter');
    await expect
      .poll(() =>
        segment(page, 30)
          .getByLabel('English translation')
          .evaluate((el) => el === document.activeElement || el.contains(document.activeElement)),
      )
      .toBe(true);
    const [listBox, rowBox] = [await list.boundingBox(), await segment(page, 30).boundingBox()];
    expect((rowBox?.y ?? 0) - (listBox?.y ?? 0)).toBeLessThan((listBox?.height ?? 0) / 3);

    await openSettings(page);
    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Source text').fill('數字經濟\n第一段。\n第二段。\n第三段。');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect.poll(() => segment(page, 3).textContent()).toContain('第二段');
    await segment(page, 3).getByLabel('English translation').click();
    await page.keyboard.type('Second');

    const projects = page.getByLabel('Project', { exact: true });
    const [proposal, short] = await projects
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    const activeRow = () =>
      page.locator('.segment--current').getAttribute('aria-label', { timeout: 10_000 });
    await projects.selectOption(proposal ?? '');
    await expect.poll(activeRow).toBe('Segment 30');
    expect(await segment(page, 30).isVisible()).toBe(true);
    await projects.selectOption(short ?? '');
    await expect.poll(activeRow).toBe('Segment 3');
    expect(await segment(page, 3).getByLabel('English translation').textContent()).toBe('Second');
  });

  it.each([
    ['empty', Buffer.alloc(0), 'empty'],
    [
      'binary',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'binary',
    ],
    ['not UTF-8', Buffer.from([0xb2, 0xfa, 0xd2, 0xb5, 0xbb, 0xa5]), 'not UTF-8'],
  ])('refuses an %s file with a message and creates nothing', async (_name, buffer, message) => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await openSettings(page);
    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog
      .getByLabel('Source file')
      .setInputFiles({ name: 'source.txt', mimeType: 'text/plain', buffer });
    await dialog.getByRole('alert').waitFor();
    expect(await dialog.getByRole('alert').textContent()).toContain(message);
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await dialog.getByRole('alert').waitFor();
    expect(await page.getByLabel('Project', { exact: true }).locator('option').count()).toBe(1);
  });

  it('asks before deleting a project, can undo it, and removes it for good after a restart', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const projects = page.getByLabel('Project', { exact: true });
    const deleteButton = page.getByRole('button', { name: 'Delete project' });
    await openSettings(page);
    expect(await deleteButton.isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'New project' }).click();
    const dialog = page.getByRole('dialog', { name: 'New project' });
    await dialog.getByLabel('Source text').fill('短文\n這是一段短文。');
    await dialog.getByRole('button', { name: 'Create project' }).click();
    await expect.poll(() => projects.locator('option').count()).toBe(2);

    await openSettings(page);
    await deleteButton.click();
    const question = page.getByRole('dialog', { name: 'Delete “短文”?' });
    await question.getByRole('button', { name: 'Cancel' }).click();
    expect(await projects.locator('option').count()).toBe(2);
    await deleteButton.click();
    await question.getByRole('button', { name: 'Delete project' }).click();
    await expect.poll(() => projects.locator('option').count()).toBe(1);
    await expect.poll(() => segment(page, 1).textContent()).toContain('馬化騰');

    await page
      .getByRole('status')
      .filter({ hasText: 'Deleted “短文”.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expect.poll(() => segment(page, 2).textContent()).toContain('這是一段短文');
    expect(await projects.locator('option').count()).toBe(2);

    await openSettings(page);
    await deleteButton.click();
    await question.getByRole('button', { name: 'Delete project' }).click();
    await expect.poll(() => projects.locator('option').count()).toBe(1);
    await page.reload();
    await segment(page, 1).waitFor();
    const rows = await page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          const open = indexedDB.open('bilingual-workspace');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const request = open.result.transaction('projects').objectStore('projects').count();
            request.onsuccess = () => resolve(request.result);
          };
        }),
    );
    expect(rows).toBe(1);
  });
});
