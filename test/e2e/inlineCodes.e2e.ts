import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { validateXliff } from '../helpers/validateXliff';
import { describeInBrowser, importFile, openWorkspace, segment } from './browser';

/** Imports another tool's XLIFF as a new project, as the import dialog offers. */
async function openXliff(page: Page, xml: string): Promise<void> {
  await importFile(page, {
    name: 'links.xlf',
    mimeType: 'application/xliff+xml',
    buffer: Buffer.from(xml),
  });
  await page
    .getByRole('dialog', { name: 'Import links.xlf' })
    .getByRole('button', { name: 'Open as a new project' })
    .click();
}

const codes = 'Click <pc id="1">here</pc>, <ph id="2" disp="{0}"/> items';

describeInBrowser('inline codes of another tool in Chromium', (fixture) => {
  it('keeps the codes of an imported XLIFF through F9 and back into the export', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await openXliff(
      page,
      `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-Hant" trgLang="en">
  <file id="f1" original="links.html">
    <unit id="u1"><segment><source>${codes}</source></segment></unit>
  </file>
</xliff>`,
    );
    const row = segment(page, 1);
    // The source shows the codes as tags where they sit.
    await row.getByRole('img', { name: 'Inline code {0}' }).waitFor();
    expect(await row.getByRole('img', { name: /^Inline code/ }).allTextContents()).toEqual([
      '⟨1⟩',
      '⟨/1⟩',
      '{0}',
    ]);

    const field = row.getByLabel('English translation');
    await field.click();
    await page.keyboard.type('Click ');
    // F9 waits for the live editor, which the first keystrokes may have been typed ahead of.
    await row.locator('.segment-field--live').waitFor();
    await expect.poll(() => field.textContent()).toBe('Click ');
    await page.keyboard.press('F9');
    await page.keyboard.type('here');
    await page.keyboard.press('F9');
    await page.keyboard.type(', ');
    await page.keyboard.press('F9');
    await page.keyboard.type(' items');
    await expect
      .poll(() => field.getByRole('img', { name: /^Inline code/ }).allTextContents())
      .toEqual(['⟨1⟩', '⟨/1⟩', '{0}']);
    // Every code is used: F9 says so instead of inserting a fourth.
    await page.keyboard.press('F9');
    await page.getByText('Every inline code of the source is already in the translation').waitFor();
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => row.getByLabel('Status').inputValue()).toBe('translated');

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'XLIFF 2.0' }).click();
    const xml = await readFile((await (await download).path()) ?? '', 'utf8');
    expect(xml).toContain(`<source>${codes}</source>`);
    expect(xml).toContain(`<target>${codes}</target>`);
    expect(await validateXliff(xml, '2.0')).toEqual([]);
  });

  it('lists a code missing from an imported translation in the quality checks at once', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    // Translated in another tool, which lost the link's end: the project is checked in workers
    // as it opens, before anyone edits the segment.
    await openXliff(
      page,
      `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-Hant" trgLang="en">
  <file id="f1"><unit id="u1"><segment state="translated">
    <source>點擊<pc id="1">這裡</pc>查看。</source>
    <target>Click <pc id="1">here</pc> to see.</target>
  </segment></unit>
  <unit id="u2"><segment state="translated">
    <source>點擊<pc id="1">這裡</pc>下載。</source>
    <target>Click here to download.</target>
  </segment></unit></file>
</xliff>`,
    );
    await segment(page, 2).waitFor();
    await page.getByRole('tab', { name: 'Quality checks' }).click();
    const panel = page.getByRole('region', { name: 'Quality checks' });
    await panel
      .getByText('The inline code ⟨1⟩ of the source is missing from the English')
      .first()
      .waitFor();
    await panel.getByRole('button', { name: 'Go to segment 2' }).first().waitFor();
    await expect.poll(() => panel.getByRole('button', { name: 'Go to segment 1' }).count()).toBe(0);
  });

  it('deletes a code with one Backspace, as a unit', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await openXliff(
      page,
      `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh-Hant" trgLang="en">
  <file id="f1"><unit id="u1"><segment><source>共<ph id="2" disp="{0}"/>項</source></segment></unit></file>
</xliff>`,
    );
    const row = segment(page, 1);
    const field = row.getByLabel('English translation');
    await field.click();
    await row.locator('.segment-field--live').waitFor();
    await page.keyboard.type('items ');
    await page.keyboard.press('F9');
    const tags = () => field.getByRole('img', { name: 'Inline code {0}' }).count();
    await expect.poll(tags).toBe(1);
    // One Backspace after it removes the whole code, never a piece of its label.
    await page.keyboard.press('Backspace');
    await expect.poll(tags).toBe(0);
    expect(await field.textContent()).toBe('items ');
  });
});
