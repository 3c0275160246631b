import { expect, it } from 'vitest';
import { seriousAxeViolations } from './axe';
import { describeInBrowser, openSettings, openWorkspace, segment } from './browser';

describeInBrowser('accessibility', (fixture) => {
  it('has no serious or critical axe violations on the workspace, editing or not', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const audit = async () =>
      (await seriousAxeViolations(page)).map(
        (violation) =>
          `${violation.id}: ${violation.help} at ${violation.nodes
            .map((node) => node.target.join(' '))
            .slice(0, 3)
            .join(', ')}`,
      );
    expect(await audit()).toEqual([]);
    await segment(page, 2).getByLabel('English translation').click();
    await page.keyboard.type('Typed text');
    expect(await audit()).toEqual([]);
    await page.keyboard.press('Escape');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await segment(page, 2).getByRole('button', { name: 'History' }).click();
    await page
      .getByRole('dialog', { name: 'History of segment 2' })
      .getByRole('listitem')
      .waitFor();
    expect(await audit()).toEqual([]);
    await page.keyboard.press('Escape');
    await openSettings(page);
    expect(await audit()).toEqual([]);
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await page.getByRole('dialog').waitFor();
    expect(await audit()).toEqual([]);
  });
});
