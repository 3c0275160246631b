/** Helpers the browser benches share: locating rows, statistics, Chromium's main-thread time. */
import type { CDPSession, Page } from 'playwright-core';

export const segment = (page: Page, number: number) =>
  page.getByRole('group', { name: `Segment ${number}`, exact: true });

export function percentile(values: number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? NaN;
}

export function median(values: number[]): number {
  return percentile(values, 0.5);
}

/** Seconds the renderer's main thread has spent running tasks since the session began. */
export async function taskDuration(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'TaskDuration')?.value ?? 0;
}

/** Focuses segment `number`'s translation editor through "Go to segment", as a translator would. */
export async function goToSegment(page: Page, number: number): Promise<void> {
  await page.getByLabel('Go to segment').fill(String(number));
  await page.getByLabel('Go to segment').press('Enter');
  await page.waitForFunction(
    (label) =>
      document.activeElement?.classList.contains('ProseMirror') &&
      document.activeElement.closest('[role=group]')?.getAttribute('aria-label') === label,
    `Segment ${number}`,
  );
}
