import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { describeInBrowser, openSettings, openWorkspace, segment } from './browser';

describeInBrowser('the glossary in Chromium', (fixture) => {
  it('marks an added term in the source, also after a reload and in the Simplified view', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const glossary = page.getByRole('region', { name: 'Glossary' });
    await glossary.getByRole('button', { name: 'New term' }).click();
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
    // The caret is in Target term already: the translator just types the English.
    await expect
      .poll(() =>
        glossary.getByLabel('Target term').evaluate((el) => el === document.activeElement),
      )
      .toBe(true);
    await page.keyboard.type('digital economy');
    await page.keyboard.press('Enter');
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
    await glossary.getByRole('button', { name: 'New term' }).click();
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

  it('draws the note field as focused only while it is', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const glossary = page.getByRole('region', { name: 'Glossary' });
    await glossary.getByRole('button', { name: 'New term' }).click();
    const note = glossary.getByRole('textbox', { name: 'Note' });
    const source = glossary.getByLabel('Source term');
    const looks = () =>
      note.evaluate((element) => {
        const style = getComputedStyle(element);
        return { border: style.borderTopColor, shadow: style.boxShadow };
      });
    const sourceLooks = await source.evaluate((element) => getComputedStyle(element).boxShadow);
    await source.focus();
    const unfocused = await looks();
    expect(unfocused.shadow).toBe(sourceLooks);
    await note.click();
    const focused = await looks();
    expect(focused.shadow).not.toBe(unfocused.shadow);
    expect(focused.border).not.toBe(unfocused.border);
    await source.focus();
    expect(await looks()).toEqual(unfocused);
  });

  it.each(['en', 'zh-Hans', 'zh-Hant'])(
    'wraps nothing one character a line at 340 px in %s',
    async (language) => {
      const { page, baseUrl } = fixture;
      await openWorkspace(page, baseUrl);
      // Everything the panel can show: a term in the list, the active segment's terms, the
      // form, a message, the suggestions, the export menu.
      const glossary = page.getByRole('region', { name: 'Glossary' });
      await glossary.getByRole('button', { name: 'New term' }).click();
      await glossary.getByLabel('Source term').fill('產業互聯網');
      await glossary.getByLabel('Target term').fill('industrial internet');
      await glossary.getByRole('button', { name: 'Add term' }).click();
      await segment(page, 1).getByLabel('English translation').click();
      await page.keyboard.type('Proposals on the online industry');
      await glossary.getByRole('button', { name: 'Suggest terms' }).click();
      await openSettings(page);
      await page.getByLabel('Interface language').selectOption(language);
      await page.keyboard.press('Escape');
      const panel = page.locator('section.glossary');
      await panel.evaluate((element) => {
        element.style.width = '340px';
      });
      await panel.locator('.glossary-transfer button[aria-haspopup]').click();
      for (const shown of [
        '.term-entry',
        '.segment-terms .glossary-chip',
        '.term-suggestions .glossary-chip',
        '.glossary__notice',
        '[role="menu"]',
      ]) {
        await panel.locator(shown).first().waitFor();
      }
      const squeezed = await panel.evaluate((panel) => {
        const found: string[] = [];
        const walker = document.createTreeWalker(panel, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.textContent?.trim() ?? '';
          const characters = [...text.replace(/\s/g, '')].length;
          if (characters < 2) continue;
          const range = document.createRange();
          range.selectNodeContents(node);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          // One or two characters a line on average: squeezed into a column.
          if (lines.size > 1 && characters / lines.size < 3)
            found.push(`${text} (${lines.size} lines)`);
        }
        return found;
      });
      expect(squeezed).toEqual([]);
    },
  );
});
