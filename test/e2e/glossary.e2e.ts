import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { describeInBrowser, openWorkspace, segment } from './browser';

describeInBrowser('the glossary in Chromium', (fixture) => {
  it('marks an added term in the source, also after a reload and in the Simplified view', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const glossary = page.getByRole('region', { name: 'Glossary' });
    await glossary.getByLabel('Source term').fill('产业互联网');
    await glossary.getByLabel('Target term').fill('industrial internet');
    await glossary.getByRole('button', { name: 'Add term' }).click();
    const mark = segment(page, 1).locator('mark');
    await mark.first().waitFor();
    expect(await mark.first().textContent()).toBe('產業互聯網');
    expect(await mark.first().getAttribute('title')).toBe('industrial internet');
    await page.reload();
    await segment(page, 1).locator('mark').first().waitFor();
    await page.getByLabel('Source script').selectOption('zh-Hans');
    await expect
      .poll(() => segment(page, 1).locator('mark').first().textContent())
      .toBe('产业互联网');
  });

  it('adds the selected source text with Ctrl+E and inserts its English with Alt+1', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const source = segment(page, 4).locator('.segment__source');
    await source.evaluate((element) => {
      const text = element.firstChild as Text;
      const start = (text.textContent ?? '').indexOf('數字經濟');
      const range = document.createRange();
      range.setStart(text, start);
      range.setEnd(text, start + 4);
      document.getSelection()?.removeAllRanges();
      document.getSelection()?.addRange(range);
    });
    await page.keyboard.press('Control+e');
    const glossary = page.getByRole('region', { name: 'Glossary' });
    await expect.poll(() => glossary.getByLabel('Source term').inputValue()).toBe('數字經濟');
    await glossary.getByLabel('Target term').fill('digital economy');
    await glossary.getByRole('button', { name: 'Add term' }).click();
    await segment(page, 4).locator('mark').first().waitFor();
    await segment(page, 4).getByLabel('English translation').click();
    await page.keyboard.type('A stage of the ');
    await page.keyboard.press('Alt+1');
    await expect
      .poll(() => segment(page, 4).getByLabel('English translation').textContent())
      .toBe('A stage of the digital economy');
  });

  it('exports TBX that imports back, and the picker opens at once', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const glossary = page.getByRole('region', { name: 'Glossary' });
    await glossary.getByLabel('Source term').fill('新基建');
    await glossary.getByLabel('Target term').fill('new infrastructure; new-type infrastructure');
    await glossary.getByRole('button', { name: 'Add term' }).click();
    await glossary.getByRole('button', { name: 'Delete 新基建' }).waitFor();
    await glossary.getByRole('button', { name: 'Export glossary' }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'TBX' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/-glossary\.tbx$/);
    const tbx = await readFile((await file.path()) ?? '', 'utf8');
    expect(tbx).toContain('<term>new infrastructure</term>');
    expect(tbx).toContain('<langSet xml:lang="zh-Hans"><tig><term>新基建</term>');

    await glossary.getByRole('button', { name: 'Delete 新基建' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Delete term' }).click();
    const chooser = page.waitForEvent('filechooser');
    await glossary.getByRole('button', { name: 'Import glossary' }).click();
    await (
      await chooser
    ).setFiles({ name: 'back.tbx', mimeType: 'application/xml', buffer: Buffer.from(tbx) });
    await glossary.getByRole('button', { name: 'Delete 新基建' }).waitFor();
    expect(await glossary.textContent()).toContain('new-type infrastructure');
  });
});
