import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { validateXliff } from '../helpers/validateXliff';
import { describeInBrowser, openWorkspace, segment } from './browser';

describeInBrowser('export and import in Chromium', (fixture) => {
  it('exports valid XLIFF 2.0 with what was just typed', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 1).getByLabel('English translation').click();
    await page.keyboard.type('What did Pony Ma propose?');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'XLIFF 2.0' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlf$/);
    const xml = await readFile((await file.path()) ?? '', 'utf8');
    expect(await validateXliff(xml, '2.0')).toEqual([]);
    expect(xml).toContain('<target>What did Pony Ma propose?</target>');
    expect(xml).toContain('srcLang="zh-Hant"');
    expect(xml.match(/<unit /g)).toHaveLength(40);
  });

  it('exports a Word document titled by what was just typed', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 1).getByLabel('English translation').click();
    await page.keyboard.type('What did Pony Ma propose?');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Word (DOCX)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await readFile((await file.path()) ?? '');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const documentXml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    expect(documentXml).toMatch(/<w:pStyle w:val="Title"\/>.*What did Pony Ma propose\?/);
  });

  it('exports the project file and opens it again as a new project', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 2).getByLabel('Notes').click();
    await page.keyboard.type('Keep for the backup');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Project file' }).click();
    const json = await readFile((await (await download).path()) ?? '', 'utf8');
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (
      await chooser
    ).setFiles({ name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(json) });
    await expect
      .poll(() => page.getByLabel('Project', { exact: true }).locator('option').count())
      .toBe(2);
    await expect
      .poll(() => segment(page, 2).getByLabel('Notes').textContent())
      .toBe('Keep for the backup');
  });

  it('refuses a damaged project file and writes nothing', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await (
      await chooser
    ).setFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"bilingual-workspace-project","version":1,"project":{}}'),
    });
    await page.getByRole('alert').filter({ hasText: 'damaged at project.id' }).waitFor();
    expect(await page.getByLabel('Project', { exact: true }).locator('option').count()).toBe(1);
  });
});
