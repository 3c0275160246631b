import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { describeInBrowser, openWorkspace, segment } from './browser';

describeInBrowser('segment types in Chromium', (fixture) => {
  it('keeps a type set in the row and with Ctrl+Alt+digit after a reload, and exports it', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    expect(await segment(page, 1).getByLabel('Segment type').inputValue()).toBe('title');
    await segment(page, 2).getByLabel('Segment type').selectOption('Heading 3');
    await segment(page, 3).getByLabel('English translation').click();
    await page.keyboard.type('Tech for good');
    await page.keyboard.press('Control+Alt+4');
    await page.getByText('Segment 3 is now Quote.').waitFor();
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();

    await page.reload();
    await segment(page, 1).getByLabel('English translation').waitFor();
    expect(await segment(page, 2).getByLabel('Segment type').inputValue()).toBe('heading3');
    expect(await segment(page, 3).getByLabel('Segment type').inputValue()).toBe('quote');

    const exported = async (label: string) => {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: label, exact: true }).click();
      await page.getByRole('button', { name: `Export ${label}` }).click();
      return readFile((await (await download).path()) ?? '');
    };
    const html = (await exported('HTML')).toString('utf8');
    expect(html).toMatch(/<h4 class="placeholder">/);
    expect(html).toMatch(/<blockquote class="placeholder"><p>/);
    const word = unzipSync(await exported('Word (DOCX)'));
    const body = strFromU8(word['word/document.xml'] ?? new Uint8Array());
    expect(body).toContain('<w:pStyle w:val="Heading3"/>');
    expect(body).toContain('<w:pStyle w:val="Quote"/>');
  });
});
