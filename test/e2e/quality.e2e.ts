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
    // The safe choice has the focus: Enter, or a space typed on without reading, goes back.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Go back');
    await page.keyboard.press('Enter');
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

  it.each([
    {
      locale: 'zh-CN',
      tab: '质量检查',
      segment: '句段 6',
      english: '英文译文',
      message: '原文的数字“十一個”在译文中写成了“ten”（应为 11 / eleven）。',
      asks: '第 6 段有错误',
      goBack: '返回',
      ignore: '忽略',
      undo: '撤销',
      numbers: '数字',
      none: '没有质量问题。',
      help: '键盘快捷键',
      nextIssue: '下一个/上一个有质量问题的句段',
    },
    {
      locale: 'zh-TW',
      tab: '品質檢查',
      segment: '句段 6',
      english: '英文譯文',
      message: '原文的數字「十一個」在譯文中寫成了「ten」（應為 11 / eleven）。',
      asks: '第 6 段有錯誤',
      goBack: '返回',
      ignore: '忽略',
      undo: '復原',
      numbers: '數字',
      none: '沒有品質問題。',
      help: '鍵盤快速鍵',
      nextIssue: '下一個/上一個有品質問題的句段',
    },
  ])(
    'in $locale: the message, Ctrl+Enter, ignore and its undo, a check off, F8 in the help',
    async (ui) => {
      const browser = fixture.context.browser();
      if (!browser) throw new Error('no browser');
      const context = await browser.newContext({
        viewport: { width: 1366, height: 768 },
        locale: ui.locale,
      });
      try {
        const page = await context.newPage();
        const errors: Error[] = [];
        page.on('pageerror', (error) => errors.push(error));
        await page.goto(fixture.baseUrl);
        const row = page.getByRole('group', { name: ui.segment, exact: true });
        const english = row.getByLabel(ui.english);
        await english.click();
        await expect
          .poll(() => english.evaluate((element) => element.contains(document.activeElement)))
          .toBe(true);
        await page.keyboard.type('Here is a look back at the proposal in ten key points:');
        await page.getByRole('tab', { name: ui.tab }).click();
        const panel = page.getByRole('region', { name: ui.tab });
        const issue = panel.getByRole('listitem').filter({ hasText: ui.message });
        await issue.waitFor();

        await english.click();
        await page.keyboard.press('Control+Enter');
        const asking = page.getByRole('dialog', { name: ui.asks });
        expect(await asking.textContent()).toContain(ui.message);
        await asking.getByRole('button', { name: ui.goBack }).click();
        await asking.waitFor({ state: 'detached' });

        await issue.getByRole('button', { name: ui.ignore }).click();
        await issue.waitFor({ state: 'detached' });
        await page
          .getByRole('status')
          .filter({ hasText: ui.message })
          .getByRole('button', { name: ui.undo })
          .click();
        await issue.waitFor();

        await panel.getByRole('switch', { name: ui.numbers }).click();
        await issue.waitFor({ state: 'detached' });
        await panel.getByText(ui.none).waitFor();
        // The check stays off for this project after a reload.
        await page.reload();
        await panel.getByText(ui.none).waitFor();
        expect(await panel.getByRole('switch', { name: ui.numbers }).isChecked()).toBe(false);

        await page.locator('body').press('F1');
        const help = page.getByRole('dialog', { name: ui.help });
        const row8 = help.getByRole('row').filter({ hasText: ui.nextIssue });
        expect(await row8.getByRole('rowheader').textContent()).toBe('F8 / Shift+F8');
        expect(errors.map(String)).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});
