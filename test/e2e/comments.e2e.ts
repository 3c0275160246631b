import { readFile } from 'node:fs/promises';
import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import type { Page } from 'playwright-core';
import { validateXliff } from '../helpers/validateXliff';
import { describeInBrowser, importFile, openSettings, openWorkspace, segment } from './browser';

/** Selects `words` in a segment's source cell, as a drag over them would. */
async function selectInSource(
  page: Page,
  number: number,
  words: string,
  /** The row's name in another interface language. */
  rowName = `Segment ${number}`,
): Promise<void> {
  await page
    .getByRole('group', { name: rowName, exact: true })
    .locator('.segment__source')
    .evaluate((cell, wanted) => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? '').indexOf(wanted);
        if (at < 0) continue;
        document.getSelection()?.setBaseAndExtent(node, at, node, at + wanted.length);
        return;
      }
      throw new Error(`${wanted} is not in the cell`);
    }, words);
}

/** Serious and critical axe violations on the page as it is. */
async function audit(page: Page): Promise<string[]> {
  return (await seriousAxeViolations(page)).map((violation) => violation.id);
}

describeInBrowser('comments on the source in Chromium', (fixture) => {
  it('has no serious axe violations with the button, the dialog and the panel', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await selectInSource(page, 1, '產業互聯網');
    await page.getByRole('button', { name: 'Comment', exact: true }).waitFor();
    expect(await audit(page)).toEqual([]);
    await page.keyboard.press('Control+Alt+M');
    const dialog = page.getByRole('dialog', { name: 'Comment on “產業互聯網”' });
    await dialog.getByRole('textbox', { name: 'Comment' }).fill('Capitalised as a name?');
    expect(await audit(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Add comment' }).click();
    const item = page
      .getByRole('region', { name: 'Comments' })
      .getByRole('article', { name: 'Comment on segment 1' });
    await item.getByRole('textbox', { name: 'Reply' }).fill('Yes.');
    await item.getByRole('button', { name: 'Add reply' }).click();
    await item.getByText('Yes.', { exact: true }).waitFor();
    expect(await audit(page)).toEqual([]);
  });

  it('comments on 數字經發展 in 建議二, lists it, and brings it back from XLIFF 2.0', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await page.getByLabel('Go to segment').fill('23');
    await page.getByLabel('Go to segment').press('Enter');
    const row = segment(page, 23);
    expect(await row.locator('.segment__source').textContent()).toContain('建議二');

    await selectInSource(page, 23, '數字經發展');
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Comment on “數字經發展”' });
    await dialog
      .getByRole('textbox', { name: 'Comment' })
      .fill('數字經濟發展? A character seems to be missing.');
    await dialog.getByRole('button', { name: 'Add comment' }).click();

    const panel = page.getByRole('region', { name: 'Comments' });
    const item = panel.getByRole('article', { name: 'Comment on segment 23' });
    await item.waitFor();
    expect(await item.textContent()).toContain('數字經發展');
    const mark = row.locator('mark.comment-mark');
    expect(await mark.textContent()).toBe('數字經發展');
    expect(await mark.getAttribute('title')).toBe('數字經濟發展? A character seems to be missing.');

    // It is stored: a reload still has it.
    await page.reload();
    await page.getByRole('region', { name: 'Comments' }).getByRole('article').first().waitFor();

    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'XLIFF 2.0' }).click();
    const xml = await readFile((await (await download).path()) ?? '', 'utf8');
    expect(await validateXliff(xml, '2.0')).toEqual([]);
    expect(xml.match(/<source>建議二[^\n]*<\/source>/)?.[0]).toContain(
      '<mrk id="cm1" type="comment" ref="#n=cm1">數字經發展</mrk>',
    );

    // Deleted here, the comment comes back when the exported file is merged.
    const listed = page.getByRole('region', { name: 'Comments' }).getByRole('article', {
      name: 'Comment on segment 23',
    });
    await listed.getByRole('button', { name: 'Delete' }).click();
    await listed.waitFor({ state: 'detached' });
    await importFile(page, {
      name: 'queries.xlf',
      mimeType: 'application/xliff+xml',
      buffer: Buffer.from(xml),
    });
    const importDialog = page.getByRole('dialog', { name: 'Import queries.xlf' });
    await importDialog.getByRole('button', { name: 'Merge into this project' }).click();
    await importDialog.getByRole('button', { name: 'Apply import' }).click();
    const back = page.getByRole('region', { name: 'Comments' }).getByRole('article', {
      name: 'Comment on segment 23',
    });
    await back.waitFor();
    expect(await back.textContent()).toContain('A character seems to be missing.');
    expect(await segment(page, 23).locator('mark.comment-mark').textContent()).toBe('數字經發展');

    // The span stays on the same characters in another script view.
    await page.getByLabel('Source script').selectOption('zh-Hans');
    await expect
      .poll(() => segment(page, 23).locator('mark.comment-mark').textContent())
      .toBe('数字经发展');
  });

  it('fits the filter and "Go to segment N" inside the panel at 1366×768 in zh-Hant', async () => {
    const { page, baseUrl } = fixture;
    await page.setViewportSize({ width: 1366, height: 768 });
    await openWorkspace(page, baseUrl);
    await openSettings(page);
    await page.getByLabel('Interface language').selectOption('zh-Hant');
    await page.getByRole('group', { name: '句段 1', exact: true }).waitFor();
    await page.keyboard.press('Escape');
    await selectInSource(page, 3, '兩會', '句段 3');
    await page.getByRole('button', { name: '批註', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: '批註「兩會」' });
    await dialog
      .getByRole('textbox', { name: '批註' })
      .fill('Gloss for readers: the annual plenary sessions of the NPC and CPPCC?');
    await dialog.getByRole('button', { name: '新增批註' }).click();
    const panel = page.getByRole('region', { name: '批註' });
    const goTo = panel.getByRole('button', { name: '前往句段 3' });
    await goTo.waitFor();
    const box = await panel.boundingBox();
    if (!box) throw new Error('the panel is not shown');
    // Each control whole (no text cut or wrapped) and inset from the panel's edges.
    for (const control of [
      panel.locator('label', { hasText: '顯示' }),
      panel.getByLabel('顯示'),
      panel.getByRole('article', { name: '句段 3 的批註' }),
      goTo,
      panel.getByRole('button', { name: '刪除' }),
    ]) {
      const inner = await control.boundingBox();
      expect(inner?.x).toBeGreaterThanOrEqual(box.x + 8);
      expect((inner?.x ?? 0) + (inner?.width ?? 0)).toBeLessThanOrEqual(box.x + box.width - 8);
      expect(
        await control.evaluate(
          (element) =>
            element.scrollWidth <= element.clientWidth && element.getClientRects().length === 1,
        ),
      ).toBe(true);
    }
    await panel.getByLabel('顯示').selectOption('resolved');
    await panel.getByText('這裡沒有批註。', { exact: false }).waitFor();
    await panel.getByLabel('顯示').selectOption('open');
    await goTo.click();
    await expect
      .poll(() =>
        page
          .getByRole('group', { name: '句段 3', exact: true })
          .getByLabel('英文譯文')
          .evaluate((field) => field.contains(document.activeElement)),
      )
      .toBe(true);
  });
});
