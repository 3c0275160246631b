import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, openWorkspace, segment } from './browser';

/** Adds a glossary term through the Glossary panel. */
async function addTerm(page: Page, source: string, target: string, status = 'preferred') {
  await page.getByRole('tab', { name: 'Glossary' }).click();
  const glossary = page.getByRole('region', { name: 'Glossary' });
  await glossary.getByRole('button', { name: 'New term' }).click();
  await glossary.getByLabel('Source term').fill(source);
  await glossary.getByLabel('Target term').fill(target);
  await glossary.getByLabel('Term status').selectOption(status);
  await glossary.getByRole('button', { name: 'Add term' }).click();
  await segment(page, 4).locator('mark.term').first().waitFor();
}

async function openQualityChecks(page: Page) {
  await page.getByRole('tab', { name: 'Quality checks' }).click();
  return page.getByRole('region', { name: 'Quality checks' });
}

describeInBrowser('the quality checks in Chromium', (fixture) => {
  it('catches a wrong Chinese number, and the filter shows only segments with issues', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const panel = await openQualityChecks(page);
    // Segment 6: 通過十一個核心點,帶你一文回顧建議內容: ("eleven key points"; 一文 is prose).
    const english = segment(page, 6).getByLabel('English translation');
    await english.click();
    await page.keyboard.type('Here is a look back at the proposal in ten key points:');
    const issue = panel.getByRole('listitem').filter({ hasText: '“ten” in the English' });
    await issue.waitFor();
    expect(await issue.textContent()).toContain('Number 十一個');

    await page.getByLabel('Filter segments').selectOption({ label: 'With quality issues' });
    await page.getByText('Showing 1 of').waitFor();
    expect(await segment(page, 6).count()).toBe(1);
    expect(await segment(page, 5).count()).toBe(0);
    await page.getByRole('button', { name: 'Clear filter' }).click();
    await segment(page, 5).waitFor();

    await english.click();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Here is a look back at the proposal in eleven key points:');
    await issue.waitFor({ state: 'detached' });
  });

  it('lists an issue after typing, goes to its segment, and asks on Ctrl+Enter about an error', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    // Segment 4 of the proposal speaks of 數字經濟.
    await addTerm(page, '数字经济', 'cyber economy', 'forbidden');
    const panel = await openQualityChecks(page);
    await segment(page, 4).getByLabel('English translation').click();
    await page.keyboard.type('The cyber economy grows.');
    const issue = panel.getByRole('listitem').filter({ hasText: 'Forbidden term: cyber economy' });
    await issue.waitFor();
    await expect
      .poll(() =>
        segment(page, 4)
          .getByRole('button', { name: /^\d+ quality issues?$/ })
          .count(),
      )
      .toBe(1);

    // From elsewhere, the panel's button goes back to the segment.
    await segment(page, 1).getByLabel('English translation').click();
    await issue.getByRole('button', { name: 'Go to segment 4' }).click();
    const english = segment(page, 4).getByLabel('English translation');
    await expect
      .poll(() => english.evaluate((element) => element.contains(document.activeElement)))
      .toBe(true);

    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('dialog', { name: 'Segment 4 has errors' });
    await dialog.waitFor();
    expect(await dialog.textContent()).toContain('Forbidden term: cyber economy (for 数字经济)');
    await dialog.getByRole('button', { name: 'Go back' }).click();
    await dialog.waitFor({ state: 'detached' });
    const status = segment(page, 4).getByRole('combobox', { name: 'Status' });
    expect(await status.inputValue()).toBe('draft');
    await expect
      .poll(() => english.evaluate((element) => element.contains(document.activeElement)))
      .toBe(true);

    await page.keyboard.press('Control+Enter');
    await dialog.getByRole('button', { name: 'Confirm anyway' }).click();
    await expect.poll(() => status.inputValue()).toBe('translated');
  });

  it('keeps an ignored issue ignored after a reload, and F8 finds the issues left', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await addTerm(page, '數字經濟', 'digital economy');
    const panel = await openQualityChecks(page);
    await segment(page, 4).getByLabel('English translation').click();
    // Two sentences for the source's two: the term is the only issue.
    await page.keyboard.type('The online economy grows. It drives development.');
    const missing = panel.getByRole('listitem').filter({ hasText: 'Missing term: 數字經濟' });
    await missing.waitFor();
    await missing.getByRole('button', { name: 'Ignore' }).click();
    await missing.waitFor({ state: 'detached' });
    await panel.getByRole('button', { name: 'Show 1 ignored issue' }).waitFor();

    await page.reload();
    const reloaded = page.getByRole('region', { name: 'Quality checks' });
    await reloaded.getByRole('button', { name: 'Show 1 ignored issue' }).waitFor();
    await reloaded.getByText('No quality issues.').waitFor();
    expect(await reloaded.getByText('Missing term: 數字經濟').count()).toBe(0);

    // With the issue restored, F8 from segment 1 goes to it.
    await reloaded.getByRole('button', { name: 'Show 1 ignored issue' }).click();
    await reloaded.getByRole('button', { name: 'Restore' }).click();
    await reloaded.getByRole('listitem').filter({ hasText: 'Missing term: 數字經濟' }).waitFor();
    await segment(page, 1).getByLabel('English translation').click();
    await page.keyboard.press('F8');
    await expect
      .poll(() =>
        segment(page, 4)
          .getByLabel('English translation')
          .evaluate((element) => element.contains(document.activeElement)),
      )
      .toBe(true);
  });
});
