import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldText, makeCharFold, type CharFold } from '../glossary/charFold';
import { loadScriptConverter } from '../script/convertScript';
import { matchScore } from './matchScore';
import {
  compareMatches,
  MemoryIndex,
  pairKey,
  type MemoryMatch,
  type MemoryQuery,
} from './MemoryIndex';
import {
  hundredCharacterSources,
  memoryUnits,
  random,
  variedSource,
} from '../../../test/bench/memoryUnits';
import type { MemoryUnit } from './memoryUnit';
import { normalizeSource } from './normalizeSource';
import { isEmptyForFilling, propagationTargets, repetitionGroups } from './repetitions';
import { sourceDiff } from './sourceDiff';

let fold: CharFold;
let normalize: (text: string) => string;
beforeAll(async () => {
  fold = makeCharFold(await loadScriptConverter('zh-Hans'));
  normalize = (text) => normalizeSource(text, fold);
});

const normalizeWidthAndScript = (text: string) => foldText(text, fold);

function unit(id: string, source: string, target: string, extra: Partial<MemoryUnit> = {}) {
  return {
    id,
    source,
    target,
    sourceLang: 'zh-Hant',
    targetLang: 'en',
    origin: { kind: 'tmx', file: 'proposal.tmx' },
    createdAt: 1,
    updatedAt: 1,
    ...extra,
  } satisfies MemoryUnit;
}

describe('normalizeSource', () => {
  it.each([
    ['產業互聯網', '产业互联网'],
    ['「數字經濟」。', '数字经济'],
    ['关于“产业互联网”,马化腾两会建议了啥?', '关于产业互联网马化腾两会建议了啥'],
    ['2020兩會 在即', '2020两会在即'],
    ['ＡＩ　技术', 'ai技术'],
    ['云計算、大數據', '云计算大数据'],
  ])('%s → %s', (text, expected) => {
    expect(normalize(text)).toBe(expected);
  });
});

describe('normalizeSource over the whole proposal', () => {
  it('gives each character the fold without punctuation or spaces, as one character at a time', () => {
    const text = readFileSync(
      join(import.meta.dirname, '../../../source-text/industrial-internet-proposal.txt'),
      'utf8',
    );
    const oneByOne = (each: string) =>
      [...each].map((char) => fold(char).replace(/[\p{P}\p{Zs}\s]/gu, '')).join('');
    for (const paragraph of [...text.split('\n'), 'ＡＩ　𠀀技术😀。', '']) {
      expect(normalize(paragraph)).toBe(oneByOne(paragraph));
    }
  });
});

describe('matchScore (OmegaT: 100·(max−dist)/max on characters)', () => {
  it.each([
    ['加快推进工业互联网创新发展', '加快推动工业互联网融合发展', 77],
    ['产业互联网', '产业互联网', 100],
    ['制定产业互联网国家战略', '制定产业互联网国家战略壮大数字经济', 65],
    ['数字经济', '金融科技', 0],
  ])('%s vs %s → %d %%', (a, b, score) => {
    expect(matchScore(normalize(a), normalize(b))).toBe(score);
  });

  it('is script- and punctuation-insensitive', () => {
    expect(
      matchScore(
        normalize('產業互聯網成為數字產業化的重要載體。'),
        normalize('产业互联网成为数字产业化的重要载体'),
      ),
    ).toBe(100);
  });

  it('never rounds a different text up to 100', () => {
    const long = '产业'.repeat(200);
    expect(matchScore(long, `${long}网`)).toBe(99);
  });
});

describe('sourceDiff', () => {
  it('marks what the match has and the segment lacks, and the reverse', () => {
    expect(sourceDiff('加快推进工业互联网创新发展', '加快推动工业互联网融合发展')).toEqual([
      { text: '加快推', kind: 'same' },
      { text: '进', kind: 'removed' },
      { text: '动', kind: 'added' },
      { text: '工业互联网', kind: 'same' },
      { text: '创新', kind: 'removed' },
      { text: '融合', kind: 'added' },
      { text: '发展', kind: 'same' },
    ]);
  });

  it('ignores script differences and shows each text as written', () => {
    const parts = sourceDiff('加快推進工業互聯網創新發展', '加快推动工业互联网融合发展', (text) =>
      normalizeWidthAndScript(text),
    );
    expect(parts).toEqual([
      { text: '加快推', kind: 'same' },
      { text: '進', kind: 'removed' },
      { text: '动', kind: 'added' },
      { text: '工業互聯網', kind: 'same' },
      { text: '創新', kind: 'removed' },
      { text: '融合', kind: 'added' },
      { text: '發展', kind: 'same' },
    ]);
  });
});

describe('MemoryIndex', () => {
  it('finds a fuzzy match with its score, best first', () => {
    const index = new MemoryIndex(normalize);
    index.add(
      unit('a', '加快推进工业互联网创新发展', 'Speed up innovation of the industrial internet'),
    );
    index.add(unit('b', '推进开源协同创新生态', 'Promote open-source collaborative innovation'));
    index.add(
      unit('c', '加快推動工業互聯網融合發展', 'Speed up integration of the industrial internet'),
    );
    const matches = index.lookup({ source: '加快推动工业互联网融合发展' });
    expect(matches.map((match) => [match.unit.id, match.score])).toEqual([
      ['c', 100],
      ['a', 77],
    ]);
  });

  it('marks a 100 % match with the same neighbours as a context match, first', () => {
    const index = new MemoryIndex(normalize);
    const source = '产业互联网是推动高质量发展的重要动力。';
    index.add(unit('plain', source, 'A driver of quality growth', { updatedAt: 5 }));
    index.add(
      unit('context', source, 'An important driver of high-quality development', {
        previousSource: '建议指出,产业互联网成为重要载体。',
        nextSource: '是提升公共治理能力的有力抓手。',
      }),
    );
    const [first, second] = index.lookup({
      source,
      previousSource: '建議指出,產業互聯網成為重要載體。',
      nextSource: '是提升公共治理能力的有力抓手',
    });
    expect(first).toMatchObject({ score: 100, context: true, unit: { id: 'context' } });
    expect(second).toMatchObject({ score: 100, context: false, unit: { id: 'plain' } });
  });

  it('replaces, removes and excludes units', () => {
    const index = new MemoryIndex(normalize);
    index.add(unit('a', '乡村振兴', 'rural revitalisation'));
    index.add(unit('a', '乡村振兴', 'rural vitalisation'));
    expect(index.size).toBe(1);
    expect(index.lookup({ source: '乡村振兴' })[0]?.unit.target).toBe('rural vitalisation');
    expect(index.lookup({ source: '乡村振兴', excludeId: 'a' })).toEqual([]);
    index.remove('a');
    expect(index.lookup({ source: '乡村振兴' })).toEqual([]);
  });

  it('shows the same pair stored twice once', () => {
    const index = new MemoryIndex(normalize);
    index.add(unit('a', '金融科技', 'fintech', { updatedAt: 1 }));
    index.add(unit('b', '金融科技。', 'fintech', { updatedAt: 2 }));
    expect(index.lookup({ source: '金融科技' }).map((match) => match.unit.id)).toEqual(['b']);
  });

  it('finds the same top matches as scoring the whole memory', () => {
    const text = readFileSync(
      join(import.meta.dirname, '../../../source-text/industrial-internet-proposal.txt'),
      'utf8',
    );
    const sentences = text
      .split(/(?<=[。!?;])|\n/)
      .map((sentence) => sentence.trim())
      .filter((sentence) => sentence.length >= 8);
    const index = new MemoryIndex(normalize);
    const units = sentences.flatMap((sentence, at) => [
      unit(`s${at}`, sentence, `English ${at}`),
      // A variant: a few characters dropped in the middle, as a revised sentence would.
      unit(`v${at}`, sentence.slice(0, 4) + sentence.slice(7), `Variant ${at}`),
    ]);
    for (const each of units) index.add(each);
    expect(sentences.length).toBeGreaterThan(40);
    for (const [at, sentence] of sentences.entries()) {
      if (at % 3 !== 0) continue;
      const query = sentence.slice(2) + '等';
      const expected = units
        .map((each) => matchScore(normalize(query), normalize(each.source)))
        .filter((score) => score >= 50)
        .sort((a, b) => b - a)
        .slice(0, 3);
      const found = index.lookup({ source: query, limit: 3 }).map((match) => match.score);
      expect(found.slice(0, expected.length)).toEqual(expected);
    }
  });
});

/**
 * What the index must return: every unit scored, ranked and each pair shown once, as documented
 * on MemoryIndex (the same order, ties by context, date, then id).
 */
const normalizedSources = new Map<string, string>();
function scanEveryUnit(units: readonly MemoryUnit[], query: MemoryQuery): MemoryMatch[] {
  const source = normalize(query.source);
  const limit = query.limit ?? 5;
  const normalizedOf = (text: string) => {
    let known = normalizedSources.get(text);
    if (known === undefined) {
      known = normalize(text);
      normalizedSources.set(text, known);
    }
    return known;
  };
  const alive = new Map(units.map((each) => [each.id, each]));
  const matches = [...alive.values()]
    .filter((each) => each.id !== query.excludeId && each.target.trim() !== '')
    .map((each) => ({ unit: each, normalized: normalizedOf(each.source) }))
    .filter(({ normalized }) => normalized !== '')
    .map(({ unit: each, normalized }) => {
      const score = matchScore(source, normalized);
      const context =
        score === 100 &&
        normalize(each.previousSource ?? '') === normalize(query.previousSource ?? '') &&
        normalize(each.nextSource ?? '') === normalize(query.nextSource ?? '');
      return { unit: each, score, context, normalized };
    })
    .filter((match) => match.score >= (query.minScore ?? 50))
    .sort(compareMatches);
  const seen = new Set<string>();
  return matches
    .filter(({ unit: each, normalized }) => {
      const pair = pairKey(normalized, each);
      if (seen.has(pair)) return false;
      seen.add(pair);
      return true;
    })
    .slice(0, limit)
    .map(({ unit: each, score, context }) => ({ unit: each, score, context }));
}

describe('MemoryIndex against scoring every unit', () => {
  // The bench's memory (revised runs of the proposal's sentences), smaller: the same answers.
  const units = memoryUnits(4000, 5);
  const next = random(3);
  const queries: MemoryQuery[] = [
    ...hundredCharacterSources(12, 7).map((source) => ({ source, limit: 3 })),
    // The translator's minimum raised, as in the Memory panel.
    ...hundredCharacterSources(4, 13).map((source) => ({ source, limit: 3, minScore: 70 })),
    // Shorter segments, near-copies of units, units themselves, and thresholds above 50.
    ...Array.from({ length: 12 }, () => ({ source: variedSource(next), limit: 5 })),
    ...units.slice(0, 8).map((each, at) => ({
      source: each.source.slice(at % 3),
      limit: 3,
      minScore: 60 + at * 5,
    })),
    { source: units[9]?.source ?? '', limit: 3, excludeId: units[9]?.id ?? '' },
    { source: '产业互联网', limit: 5 },
    { source: '網', limit: 5 },
    { source: '量子计算机', limit: 5 },
  ];

  let index: MemoryIndex | undefined;
  const indexOf = (added: readonly MemoryUnit[]) => {
    const built = new MemoryIndex(normalize);
    for (const each of added) built.add(each);
    return built;
  };

  it.each(queries.map((query, at) => [at, query] as const))(
    'query %i gives the same matches',
    (_, query) => {
      index ??= indexOf(units);
      const shown = (matches: MemoryMatch[]) =>
        matches.map((match) => `${match.unit.id} ${match.score}${match.context ? ' context' : ''}`);
      expect(shown(index.lookup(query))).toEqual(shown(scanEveryUnit(units, query)));
    },
  );

  it('stays exact after units are replaced and removed', () => {
    const changed = indexOf(units);
    expect(changed.size).toBe(units.length);
    // Enough removals to compact the index, and replaced units with other sources.
    const kept = units.filter((_, at) => at % 3 !== 0);
    for (const [at, each] of units.entries()) if (at % 3 === 0) changed.remove(each.id);
    const replaced = kept.map((each, at) =>
      at % 5 === 0 ? { ...each, source: variedSource(next), updatedAt: each.updatedAt + 1 } : each,
    );
    for (const [at, each] of replaced.entries()) if (at % 5 === 0) changed.add(each);
    for (const query of queries.slice(0, 20)) {
      const shown = (matches: MemoryMatch[]) =>
        matches.map((match) => `${match.unit.id} ${match.score}`);
      expect(shown(changed.lookup(query))).toEqual(shown(scanEveryUnit(replaced, query)));
    }
  });
});

describe('repetitions', () => {
  const segments = [
    {
      id: '1',
      source: '加快推进云计算等新基建。',
      status: 'translated',
      translationText: 'Faster cloud',
    },
    { id: '2', source: '加快推進雲計算等新基建', status: 'untranslated', translationText: '' },
    { id: '3', source: '加快推进云计算等新基建。', status: 'draft', translationText: 'My own' },
    {
      id: '4',
      source: '加快推进云计算等新基建。',
      status: 'do-not-translate',
      translationText: '',
    },
    { id: '5', source: '构建产业互联网平台。', status: 'untranslated', translationText: '' },
  ] as const;

  it('groups repeated sources and fills only the empty repetitions', () => {
    const groups = repetitionGroups(segments, normalize);
    expect(groups.get('1')).toEqual(['1', '2', '3', '4']);
    expect(groups.has('5')).toBe(false);
    const byId = new Map<string, (typeof segments)[number]>(
      segments.map((segment) => [segment.id, segment]),
    );
    expect(propagationTargets('1', groups, (id) => byId.get(id))).toEqual(['2']);
  });

  it.each([
    ['untranslated', '', true],
    ['untranslated', '  ', true],
    ['draft', 'x', false],
    ['do-not-translate', '', false],
  ] as const)('%s with %j is empty for filling: %s', (status, translationText, expected) => {
    expect(isEmptyForFilling({ status, translationText })).toBe(expected);
  });
});
