import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, it } from 'vitest';
import { describeInBrowser, openSettings, openWorkspace, segment } from './browser';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

describeInBrowser('accessibility', (fixture) => {
  it('has no serious or critical axe violations on the workspace, editing or not', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    // Evaluated through the DevTools protocol: the page's CSP rightly refuses inline scripts.
    await page.evaluate(axeSource);
    const audit = async () => {
      const violations = await page.evaluate(async () => {
        const axe = (
          window as unknown as { axe: { run: () => Promise<{ violations: AxeViolation[] }> } }
        ).axe;
        return (await axe.run()).violations;
      });
      return violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map(
          (violation) =>
            `${violation.id}: ${violation.help} at ${violation.nodes
              .map((node) => node.target.join(' '))
              .slice(0, 3)
              .join(', ')}`,
        );
    };
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
