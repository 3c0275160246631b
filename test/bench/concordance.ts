/**
 * Concordance over a memory of 100,000 units: the proposal's sentences with variations (a
 * character changed, a year or figure added, half of them in Simplified), with generated English.
 * Measures indexing the memory (folded and joined: what opening Concordance costs when the memory
 * changed) and then the search for typical queries, in either script and in English. `npx tsx test/bench/concordance.ts`
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeCharFold } from '../../src/domain/glossary/charFold';
import { importText } from '../../src/domain/import/importText';
import { ConcordanceIndex } from '../../src/domain/memory/concordance';
import type { MemoryUnit } from '../../src/domain/memory/memoryUnit';
import { loadScriptConverter } from '../../src/domain/script/convertScript';
import { median, percentile } from './pageMetrics';

const unitCount = 100_000;
const rounds = 15;
const queries = [
  '数字经济', // Simplified, found in Traditional sources too
  '產業互聯網',
  '雲計算',
  '马化腾',
  '網',
  '量子计算机', // not in the memory: a full scan with no hit
  'industrial internet',
  'Digital Economy',
];

const words =
  'the of and to in industrial internet digital economy development enterprises platform data services innovation manufacturing policy national regional rural finance technology medical small medium micro security standards cloud computing promote accelerate support build improve deepen integration transformation upgrading growth new driver high quality'.split(
    ' ',
  );

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

async function memory(): Promise<MemoryUnit[]> {
  const text = readFileSync(
    join(import.meta.dirname, '../../source-text/industrial-internet-proposal.txt'),
    'utf8',
  );
  const sentences = importText(text).segments.flatMap((segment) =>
    segment.sentenceEnds.map((end, index) =>
      segment.source.slice(index === 0 ? 0 : segment.sentenceEnds[index - 1], end),
    ),
  );
  const toSimplified = await loadScriptConverter('zh-Hans');
  const simplified = sentences.map(toSimplified);
  const characters = [...new Set([...text].filter((char) => /\p{Script=Han}/u.test(char)))];
  const next = random(7);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
  return Array.from({ length: unitCount }, (_, index) => {
    const which = index % sentences.length;
    const base = [...((index & 1 ? simplified[which] : sentences[which]) ?? '')];
    base[Math.floor(next() * base.length)] = pick(characters);
    const source = `${base.join('')}${next() < 0.3 ? `${2018 + Math.floor(next() * 8)}年` : ''}`;
    const target = Array.from({ length: 12 + Math.floor(next() * 20) }, () => pick(words)).join(
      ' ',
    );
    return {
      id: `tmx:bench:${index}`,
      source,
      target: target.charAt(0).toUpperCase() + target.slice(1) + '.',
      sourceLang: index & 1 ? 'zh-CN' : 'zh-Hant',
      targetLang: 'en',
      origin: { kind: 'tmx', file: 'bench.tmx' },
      createdAt: index,
      updatedAt: index,
    };
  });
}

export async function benchConcordance(): Promise<string> {
  const units = await memory();
  const fold = makeCharFold(await loadScriptConverter('zh-Hans'));
  const index = new ConcordanceIndex(fold);
  let start = performance.now();
  index.setUnits(units);
  const firstLoad = performance.now() - start;
  start = performance.now();
  index.setUnits(units.map((unit) => ({ ...unit })));
  const reload = performance.now() - start;
  const times: number[] = [];
  const totals = new Map<string, number>();
  for (let round = 0; round < rounds; round += 1) {
    for (const query of queries) {
      start = performance.now();
      const result = index.search(query);
      times.push(performance.now() - start);
      totals.set(query, result.total);
    }
  }
  const p50 = median(times);
  const p95 = percentile(times, 0.95);
  const hits = queries.map((query) => `${query} ${totals.get(query)}`).join(', ');
  return [
    `Concordance, ${unitCount.toLocaleString('en')} units (${queries.length} queries × ${rounds} rounds; hits: ${hits}):`,
    '',
    '| index the memory, first open (ms) | again after a change (ms) | query median (ms) | query p95 (ms) | target |',
    '| --- | --- | --- | --- | --- |',
    `| ${firstLoad.toFixed(0)} | ${reload.toFixed(0)} | ${p50.toFixed(1)} | ${p95.toFixed(1)} | ${p95 <= 100 ? 'PASS' : 'FAIL'} ≤ 100 ms |`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('concordance.ts')) console.log(await benchConcordance());
