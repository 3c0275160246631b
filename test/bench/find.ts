/**
 * Find over the 20,000-segment project (the proposal repeated, every other copy translated, as in
 * the typing bench): the whole project searched once in English, notes and the source
 * (script-insensitive), as the dialog does when the query changes. Node, medians of 5 runs.
 */
import { availableParallelism, loadavg } from 'node:os';
import { readProjectFile } from '../../src/domain/formats/projectFile/projectFile';
import { FindResults } from '../../src/domain/find/FindResults';
import { compileQuery, type FindField } from '../../src/domain/find/findInSegments';
import { defaultFindOptions, type FindOptions } from '../../src/domain/find/findPattern';
import { makeCharFold } from '../../src/domain/glossary/charFold';
import type { Segment } from '../../src/domain/model/segment';
import { loadScriptConverter } from '../../src/domain/script/convertScript';
import { repeatedProposalFile } from './proposalProject';

const segmentCount = 20_000;
const runs = 5;
const targetMs = 100;

const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;

export async function benchFind(): Promise<string> {
  const read = readProjectFile(repeatedProposalFile(segmentCount));
  if (!read.ok) throw new Error('The generated project does not read back');
  const segments = read.document.segments;
  const byId = new Map(segments.map((segment) => [segment.id, segment]));
  const ids = segments.map((segment) => segment.id);
  const indexById = new Map(ids.map((id, index) => [id, index]));
  const source = {
    ids,
    get: (id: string) => byId.get(id),
    indexOf: (id: string) => indexById.get(id) ?? -1,
  };
  const fold = makeCharFold(await loadScriptConverter('zh-Hans'));
  const cases: {
    name: string;
    text: string;
    options: Partial<FindOptions>;
    fields: FindField[];
  }[] = [
    { name: 'English, plain', text: 'Internet', options: {}, fields: ['translation'] },
    {
      name: 'English + notes, whole words',
      text: 'the',
      options: { wholeWords: true },
      fields: ['translation', 'notes'],
    },
    {
      name: 'English, regular expression',
      text: 'digital (economy|transformation)',
      options: { regularExpression: true },
      fields: ['translation'],
    },
    { name: 'source, script-insensitive', text: '产业互联网', options: {}, fields: ['source'] },
    {
      name: 'all three fields',
      text: 'internet',
      options: {},
      fields: ['translation', 'notes', 'source'],
    },
  ];
  const rows: string[] = [];
  let pass = true;
  for (const each of cases) {
    const times: number[] = [];
    const cpuTimes: number[] = [];
    let hits = 0;
    let inSegments = 0;
    for (let run = 0; run < runs; run += 1) {
      const start = performance.now();
      const cpuStart = process.cpuUsage();
      const compiled = compileQuery(
        {
          text: each.text,
          options: { ...defaultFindOptions, ...each.options },
          fields: new Set(each.fields),
        },
        fold,
      );
      if (!compiled.ok) throw new Error(`${each.name} does not compile`);
      const results = new FindResults<Segment>(source, compiled.find);
      results.first(200);
      times.push(performance.now() - start);
      const cpu = process.cpuUsage(cpuStart);
      cpuTimes.push((cpu.user + cpu.system) / 1000);
      hits = results.total;
      inSegments = results.segmentCount;
    }
    const ms = median(times);
    pass &&= ms <= targetMs;
    rows.push(
      `| ${each.name} | ${JSON.stringify(each.text)} | ${hits} in ${inSegments} | ${ms.toFixed(1)} | ${median(cpuTimes).toFixed(1)} | ${Math.max(...times).toFixed(1)} | ${ms <= targetMs ? 'PASS' : 'FAIL'} |`,
    );
  }
  return [
    `Find over ${segmentCount.toLocaleString('en')} segments (medians of ${runs} runs, the first run included in max):`,
    '',
    '| query | text | hits (segments) | median (ms) | CPU time, median (ms) | max (ms) | target ≤ 100 ms |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    ...rows,
    '',
    `Target (median wall time): ${pass ? 'PASS' : 'FAIL'}. Load average during the run: ${loadavg()
      .map((load) => load.toFixed(1))
      .join(
        ', ',
      )} on ${availableParallelism()} cores (wall time above CPU time is time spent waiting for a core).`,
  ].join('\n');
}

if (process.argv[1]?.endsWith('bench/find.ts')) console.log(await benchFind());
