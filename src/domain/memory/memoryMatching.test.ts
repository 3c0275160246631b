import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { foldText, makeCharFold, type CharFold } from '../glossary/charFold';
import { loadScriptConverter } from '../script/convertScript';
import { matchScore } from './matchScore';
import { MemoryIndex } from './MemoryIndex';
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
