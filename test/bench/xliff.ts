/**
 * XLIFF 2.0 export and import of a generated 20,000-segment project: this workspace's writer and
 * reader against the `xliff` npm package (js2xliff / xliff2js) on the same data, in the same run.
 */
import xliff, { type XliffJs } from 'xliff';
import { readXliff } from '../../src/domain/formats/xliff/readXliff';
import { writeXliff2 } from '../../src/domain/formats/xliff/writeXliff2';
import { plainTextToRichText } from '../../src/domain/model/richTextToPlainText';
import type { Segment } from '../../src/domain/model/segment';
import type { ProjectDocument } from '../../src/domain/project/projectDocument';

const segmentCount = 20_000;

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1664525 + 1013904223) % 4294967296;
    return state / 4294967296;
  };
}

export function generate(): ProjectDocument {
  const next = random(7);
  const han = (length: number) =>
    Array.from({ length }, () => String.fromCodePoint(0x4e00 + Math.floor(next() * 3000))).join('');
  const words = [
    'industrial',
    'internet',
    'digital',
    'economy',
    'new',
    'infrastructure',
    '&',
    '<b>',
  ];
  const english = (length: number) =>
    Array.from({ length }, () => words[Math.floor(next() * words.length)]).join(' ');
  const segments: Segment[] = Array.from({ length: segmentCount }, (_, order) => {
    const translationText = english(15 + Math.floor(next() * 15));
    const notesText = next() < 0.1 ? english(6) : '';
    return {
      id: `s${order}`,
      projectId: 'bench',
      order,
      kind: next() < 0.1 ? 'heading' : 'paragraph',
      source: `${han(40 + Math.floor(next() * 60))}。`,
      readings: [],
      sentenceEnds: [],
      translation: plainTextToRichText(translationText),
      translationText,
      notes: plainTextToRichText(notesText),
      notesText,
      status: 'translated',
      updatedAt: 1_700_000_000_000 + order,
    };
  });
  return {
    project: {
      id: 'bench',
      name: 'bench',
      sourceLang: 'zh-Hant',
      targetLang: 'en',
      segmentCount,
      cleaning: { readingsRemoved: 0, segmentsChanged: 0 },
      createdAt: 0,
      updatedAt: 0,
    },
    segments,
    glossary: [],
  };
}

async function time<T>(run: () => T | Promise<T>): Promise<{ ms: number; result: T }> {
  const start = performance.now();
  const result = await run();
  return { ms: performance.now() - start, result };
}

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function benchXliff(): Promise<string> {
  const document = generate();
  const theirInput: XliffJs = {
    sourceLanguage: 'zh-Hant',
    targetLanguage: 'en',
    resources: {
      f1: Object.fromEntries(
        document.segments.map((segment) => [
          segment.id,
          {
            source: segment.source,
            target: segment.translationText,
            ...(segment.notesText ? { note: segment.notesText } : {}),
          },
        ]),
      ),
    },
  };
  const ours = { write: [] as number[], read: [] as number[] };
  const theirs = { write: [] as number[], read: [] as number[] };
  let ourUnits = 0;
  let theirUnits = 0;
  let ourBytes = 0;
  let theirBytes = 0;
  for (let run = 0; run < 3; run += 1) {
    const written = await time(() =>
      writeXliff2(document, {
        srcLang: 'zh-Hant',
        convertSource: (text) => text,
        termsIn: () => [],
      }),
    );
    ours.write.push(written.ms);
    ourBytes = written.result.length;
    const read = await time(() => readXliff(written.result));
    ours.read.push(read.ms);
    ourUnits = read.result.ok ? read.result.file.units.length : 0;

    const theirWritten = await time(() => xliff.js2xliff(theirInput));
    theirs.write.push(theirWritten.ms);
    theirBytes = theirWritten.result.length;
    const theirRead = await time(() => xliff.xliff2js(theirWritten.result));
    theirs.read.push(theirRead.ms);
    theirUnits = Object.keys(theirRead.result.resources.f1 ?? {}).length;
  }
  const exportMs = median(ours.write);
  const theirExportMs = median(theirs.write);
  const verdict = exportMs <= 1000 && exportMs <= theirExportMs ? 'PASS' : 'FAIL';
  return [
    `XLIFF 2.0, ${segmentCount.toLocaleString('en')} segments (medians of 3 runs):`,
    '',
    '| implementation | export (ms) | import (ms) | file (chars) | units read back | what it carries |',
    '| --- | --- | --- | --- | --- | --- |',
    `| this workspace (writeXliff2 / readXliff) | ${exportMs.toFixed(1)} | ${median(ours.read).toFixed(1)} | ${ourBytes} | ${ourUnits} | states, notes, headings, formatting, revisions, validated input |`,
    `| \`xliff\` 6.4.0 (js2xliff / xliff2js) | ${theirExportMs.toFixed(1)} | ${median(theirs.read).toFixed(1)} | ${theirBytes} | ${theirUnits} | source, target, note |`,
    '',
    `Target: export ≤ 1,000 ms and not slower than the package: ${verdict}.`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('bench/xliff.ts')) console.log(await benchXliff());
