/**
 * The Statistics dialog over 20,000 segments (the proposal repeated, every segment's source
 * and translation distinct), and the character count the progress bar runs over every segment
 * on each status change, against the code-point count it replaced. `npx tsx test/bench/statistics.ts`
 */
import { readFileSync } from 'node:fs';
import { importText } from '../../src/domain/import/importText';
import { projectStatistics } from '../../src/domain/progress/projectStatistics';
import { countCharacters } from '../../src/domain/progress/translationProgress';

const proposal = readFileSync('source-text/industrial-internet-proposal.txt', 'utf8');
const base = importText(proposal).segments;
const segments = Array.from({ length: 20_000 }, (_, index) => {
  const segment = base[index % base.length];
  if (!segment) throw new Error('empty proposal');
  return {
    kind: segment.kind,
    source: `${segment.source}${index}`,
    status: index % 3 === 0 ? ('translated' as const) : ('untranslated' as const),
    translationText: `The industrial internet is the advanced stage of the digital economy (${index}).`,
  };
});

function codePointCount(text: string): number {
  let count = 0;
  for (const char of text) if (!/\s/.test(char)) count += 1;
  return count;
}

function median(name: string, run: () => unknown): void {
  const times: number[] = [];
  for (let round = 0; round < 9; round += 1) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  console.log(`${name}: ${(times[4] ?? 0).toFixed(1)} ms (median of 9)`);
}

median('countCharacters, 20,000 sources', () => segments.map((s) => countCharacters(s.source)));
median('code points without spaces (before)', () => segments.map((s) => codePointCount(s.source)));
median('projectStatistics, 20,000 segments', () => projectStatistics(segments));
