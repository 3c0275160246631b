import { describe, expect, it } from 'vitest';
import { firstLoadBudgetKb, firstLoadChunks } from '../bench/firstLoadChunks';

// The size `npm run bench` reports, checked with every test run: it had drifted over the budget
// unseen while the bench was not run. Sizes of the production build, not timings.
describe('the first load', () => {
  it(`downloads at most ${firstLoadBudgetKb} kB of gzipped JavaScript before the workspace shows`, () => {
    const chunks = firstLoadChunks();
    const totalKb = chunks.reduce((sum, chunk) => sum + chunk.gzipped, 0) / 1000;
    expect(chunks.some((chunk) => chunk.path.includes('/index-'))).toBe(true);
    expect(totalKb).toBeLessThanOrEqual(firstLoadBudgetKb);
  });
});
