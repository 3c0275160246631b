import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(
  createRequire(import.meta.url).resolve('axe-core/axe.min.js'),
  'utf8',
);

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** The serious and critical axe violations in the page as it is now, or within `context`. */
export async function seriousAxeViolations(page: Page, context?: string): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol (the page's CSP rightly refuses inline scripts), once.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (within) => {
    const { axe } = window as unknown as {
      axe: { run: (context?: string) => Promise<{ violations: AxeViolation[] }> };
    };
    return (await (within === null ? axe.run() : axe.run(within))).violations;
  }, context ?? null);
  return violations.filter(({ impact }) => impact === 'serious' || impact === 'critical');
}
