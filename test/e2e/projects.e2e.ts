import { expect, it } from 'vitest';
import { describeInBrowser, openWorkspace, segment } from './browser';

describeInBrowser('projects in Chromium', (fixture) => {
  it('creates a project from pasted text, opens it and switches back', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
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
});
