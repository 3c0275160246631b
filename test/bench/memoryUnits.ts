/**
 * A realistic translation memory for the bench, built from the proposal's own sentences: runs of
 * one to three consecutive sentences, each varied as revised texts are (a phrase dropped, a phrase
 * from elsewhere inserted, a number changed, written in the other script), with English of the
 * same shape. Seeded, so every run measures the same memory.
 */
import { readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/t2cn';
import { cleanPinyinArtifacts } from '../../src/domain/import/cleanPinyinArtifacts';
import type { MemoryUnit } from '../../src/domain/memory/memoryUnit';

const toSimplified = Converter({ from: 't', to: 'cn' });

// Cleaned of the website's pinyin (業(yè) → 業) as the importer cleans them: the memory's sources
// are confirmed segments' and other tools' sentences, and a 100-character query stays 100
// characters once it is a segment.
export const proposalSentences: string[] = readFileSync(
  'source-text/industrial-internet-proposal.txt',
  'utf8',
)
  .split('\n')
  .map((line) => cleanPinyinArtifacts(line).text)
  .join('\n')
  .split(/(?<=[。!?;!?;])|\n/)
  .map((sentence) => sentence.trim())
  .filter((sentence) => sentence.length >= 10);

const englishPhrases = [
  'accelerate the industrial internet',
  'build a national strategy for the digital economy',
  'promote cloud computing and other new infrastructure',
  'strengthen open-source collaborative innovation',
  'invest more in industrial security',
  'support micro, small and medium-sized enterprises',
  'advance smart cities and smart villages',
  'deepen the integration of the real economy and the internet',
];

/** A small deterministic generator (mulberry32). */
export function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One revised version of a run of the proposal's sentences. */
export function variedSource(next: () => number): string {
  const pick = (length: number) => Math.floor(next() * length);
  const start = pick(proposalSentences.length);
  const count = 1 + pick(3);
  let text = proposalSentences.slice(start, start + count).join('');
  const edits = 1 + pick(3);
  for (let edit = 0; edit < edits; edit += 1) {
    const at = pick(text.length);
    const kind = pick(4);
    if (kind === 0) text = text.slice(0, at) + text.slice(at + 2 + pick(4));
    else if (kind === 1) {
      const donor = proposalSentences[pick(proposalSentences.length)] ?? '';
      const from = pick(Math.max(1, donor.length - 6));
      text = text.slice(0, at) + donor.slice(from, from + 2 + pick(5)) + text.slice(at);
    } else if (kind === 2) text = text.replace(/\d+/, String(pick(2030)));
    else text = toSimplified(text);
  }
  return text;
}

export function memoryUnits(count: number, seed = 11): MemoryUnit[] {
  const next = random(seed);
  const units: MemoryUnit[] = [];
  for (let index = 0; index < count; index += 1) {
    const phrase = englishPhrases[Math.floor(next() * englishPhrases.length)] ?? '';
    units.push({
      id: `tmx:bench:${index}`,
      source: variedSource(next),
      target: `We should ${phrase} (${index}).`,
      sourceLang: 'zh-Hant',
      targetLang: 'en',
      origin: { kind: 'tmx', file: 'bench.tmx' },
      createdAt: 1_700_000_000_000 + index,
      updatedAt: 1_700_000_000_000 + index,
    });
  }
  return units;
}

/** Segments of exactly 100 characters, revised runs of the proposal like the memory's. */
export function hundredCharacterSources(count: number, seed = 29): string[] {
  const next = random(seed);
  const sources: string[] = [];
  while (sources.length < count) {
    let text = '';
    while (text.length < 100) text += variedSource(next);
    sources.push(text.slice(0, 100));
  }
  return sources;
}
