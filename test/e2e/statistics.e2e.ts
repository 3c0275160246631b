import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { parseDelimited } from '../../src/domain/formats/csv/parseDelimited';
import { describeInBrowser, openWorkspace, segment } from './browser';

describeInBrowser('statistics', (fixture) => {
  it('shows the proposal’s counts on a 1366×768 screen, copies them and downloads a CSV', async () => {
    const { page, context, baseUrl } = fixture;
    await page.setViewportSize({ width: 1366, height: 768 });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    await openWorkspace(page, baseUrl);
    // A confirmed segment, still in the editor when the dialog opens: it is counted.
    await segment(page, 1).getByLabel('English translation').click();
    await page.keyboard.type('About the “industrial internet”');
    await page.keyboard.press('Control+Enter');

    await page.getByRole('button', { name: 'Statistics', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Statistics' });
    const byStatus = dialog.getByRole('table', { name: 'By status' });
    const total = byStatus
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Total' }) });
    await expect
      .poll(() => total.getByRole('cell').allTextContents())
      .toEqual(['40', '2,209', '4']);
    const translated = byStatus
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Translated', exact: true }) });
    expect(await translated.getByRole('cell').allTextContents()).toEqual(['1', '16', '4']);
    const bySection = dialog.getByRole('table', { name: 'By section' });
    expect(await bySection.getByRole('row').count()).toBe(1 + 20);

    // Readable at 1366×768: the buttons are on screen and nothing needs a sideways scroll.
    for (const name of ['Copy table', 'Download CSV', 'Close']) {
      const box = await dialog.getByRole('button', { name }).boundingBox();
      expect(box, name).not.toBeNull();
      expect((box?.y ?? 0) + (box?.height ?? 0), name).toBeLessThanOrEqual(768);
      expect((box?.x ?? 0) + (box?.width ?? 0), name).toBeLessThanOrEqual(1366);
    }
    const overflow = await dialog
      .locator('.statistics__scroll')
      .evaluate((element) => element.scrollWidth - element.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    const violations = await seriousAxeViolations(page, 'dialog');
    expect(violations.map((violation) => violation.id)).toEqual([]);

    await dialog.getByRole('button', { name: 'Copy table' }).click();
    await dialog.getByRole('status').filter({ hasText: 'Table copied' }).waitFor();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.split('\n')[1]).toBe('Untranslated\t39\t2193\t0');

    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Download CSV' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/ statistics\.csv$/);
    const csv = readFileSync((await file.path()) ?? '', 'utf8');
    const parsed = parseDelimited(csv.replace(/^\uFEFF/, ''), ',');
    const rows = parsed.ok ? parsed.rows : [];
    expect(rows[6]).toEqual(['Total', '40', '2209', '4']);
    expect(rows[9]).toEqual(['關于“產業互聯網”,馬化騰兩會建議了啥?', '1', '6', '359', '4', '4']);

    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect.poll(() => dialog.count()).toBe(0);
  });
});
