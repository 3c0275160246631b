import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { readTmx } from '../../src/domain/formats/tmx/readTmx';
import { describeInBrowser, openWorkspace, segment } from './browser';

const fixtures = join(import.meta.dirname, '../fixtures/tmx');
describeInBrowser('TMX and concordance in Chromium', (fixture) => {
  it('exports the confirmed translations as TMX', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 1).getByLabel('English translation').click();
    await page.keyboard.type('What did Pony Ma propose?');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'TMX', exact: true }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.tmx$/);
    const read = readTmx(await readFile((await file.path()) ?? '', 'utf8'));
    expect(
      read.ok && read.file.pairs.map(({ target, sourceLang }) => [target, sourceLang]),
    ).toEqual([['What did Pony Ma propose?', 'zh-Hant']]);
  });

  it('imports a UTF-16 TMX, finds its units by a Simplified query and goes to the project’s', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await page.getByLabel('Go to segment').fill('25');
    await page.getByLabel('Go to segment').press('Enter');
    await segment(page, 25).getByLabel('English translation').click();
    await page.keyboard.type('Concordance finds this paragraph');
    await page.keyboard.press('Control+Enter');

    await page.getByRole('tab', { name: 'Translation memory' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import TMX', exact: true }).click();
    await (
      await chooser
    ).setFiles({
      name: 'wordfast.tmx',
      mimeType: 'application/x-tmx+xml',
      buffer: await readFile(join(fixtures, 'legacy-lang.utf16be.tmx')),
    });
    await page
      .getByRole('status')
      .filter({ hasText: 'Imported 2 units from wordfast.tmx.' })
      .waitFor();

    // Back to the top, then Ctrl+K from inside an editor.
    await page.getByLabel('Go to segment').fill('1');
    await page.getByLabel('Go to segment').press('Enter');
    await segment(page, 1).getByLabel('English translation').click();
    await page.keyboard.press('Control+K');
    const dialog = page.getByRole('dialog', { name: 'Concordance' });
    const search = dialog.getByRole('searchbox', { name: 'Concordance search' });
    await search.fill('两会建议');
    const results = dialog.getByRole('list', { name: 'Concordance results' });
    await results.getByRole('listitem').filter({ hasText: '積極推進兩會建議落實' }).waitFor();
    expect(await results.locator('mark').allTextContents()).toEqual(['兩會建議']);
    expect(await results.textContent()).toContain('TMX: wordfast.tmx');
    // The open dialog with its results has no serious or critical axe violation.
    expect(await seriousAxeViolations(page, 'dialog')).toEqual([]);

    await search.fill('concordance FINDS');
    await dialog.getByRole('button', { name: 'Go to segment 25', exact: true }).click();
    await expect.poll(() => dialog.count()).toBe(0);
    await expect
      .poll(() =>
        segment(page, 25)
          .getByLabel('English translation')
          .evaluate((element) => element === document.activeElement),
      )
      .toBe(true);
  });

  it('refuses a file that is not TMX, naming the problem', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await page.getByRole('tab', { name: 'Translation memory' }).click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import TMX', exact: true }).click();
    await (
      await chooser
    ).setFiles({
      name: 'glossary.tbx',
      mimeType: 'application/xml',
      buffer: Buffer.from('<martif type="TBX"><text/></martif>'),
    });
    await page
      .getByRole('alert')
      .filter({ hasText: 'glossary.tbx is not TMX (its root element is <martif>' })
      .waitFor();
  });
});
