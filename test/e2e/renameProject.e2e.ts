import { expect, it } from 'vitest';
import { describeInBrowser, openWorkspace } from './browser';

/**
 * Needs RenameProject mounted beside the project switcher (see the Shell): the button is not in
 * the page until then.
 */
describeInBrowser('renaming a project in Chromium', (fixture) => {
  it('refuses a blank name, then renames: the switcher and exported file names follow, also after a reload', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const switcher = page.getByLabel('Project', { exact: true });
    const oldName = await switcher.locator('option:checked').textContent();

    await page.getByRole('button', { name: 'Rename project' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rename project' });
    const field = dialog.getByRole('textbox', { name: 'Project name' });
    await field.fill('   ');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.getByRole('alert').filter({ hasText: 'A project needs a name' }).waitFor();
    expect(await switcher.locator('option:checked').textContent()).toBe(oldName);

    await field.fill('Action plan: industrial internet');
    await dialog.getByRole('button', { name: 'Save' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect
      .poll(() => switcher.locator('option:checked').textContent())
      .toBe('Action plan: industrial internet');

    const exportedName = async () => {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: 'XLIFF 2.0' }).click();
      return (await download).suggestedFilename();
    };
    // The colon is one no file system takes.
    expect(await exportedName()).toBe('Action plan  industrial internet.xlf');
    await page.reload();
    await page.getByRole('group', { name: 'Segment 1', exact: true }).waitFor();
    expect(await switcher.locator('option:checked').textContent()).toBe(
      'Action plan: industrial internet',
    );
    expect(await exportedName()).toBe('Action plan  industrial internet.xlf');
  });
});
