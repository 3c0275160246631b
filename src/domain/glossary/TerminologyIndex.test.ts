import { glossaryEntry } from '../../../test/helpers/glossaryEntry';
import { beforeAll, describe, expect, it } from 'vitest';
import proposal from '../../../source-text/industrial-internet-proposal.txt?raw';
import { importText } from '../import/importText';
import { loadScriptConverter } from '../script/convertScript';
import { makeCharFold, type CharFold } from './charFold';
import { checkTerminology } from './checkTerminology';
import type { GlossaryEntry } from './glossaryEntry';
import {
  TerminologyIndex,
  type IndexedSegment,
  type TerminologyGlossary,
} from './TerminologyIndex';
import { TermMatcher } from './TermMatcher';

let fold: CharFold;
beforeAll(async () => {
  fold = makeCharFold(await loadScriptConverter('zh-Hans'));
});

const entry = (id: string, source: string, targets: string[]) => glossaryEntry(id, source, targets);

/** A glossary as the workspace builds one: a new object whenever the entries change. */
function glossaryOf(entries: readonly GlossaryEntry[]): TerminologyGlossary {
  const matcher = new TermMatcher(fold);
  matcher.setTerms(entries);
  return {
    findTerms: (text) => matcher.find(text),
    entriesById: new Map(entries.map((e) => [e.id, e])),
  };
}

const baseEntries = [
  entry('ii', '产业互联网', ['industrial internet']),
  entry('de', '數字經濟', ['digital economy']),
];

/** 20,000 segments: the proposal's paragraphs over and over, every third one translated. */
function project(size: number): IndexedSegment[] {
  const sources = importText(proposal).segments.map((segment) => segment.source);
  return Array.from({ length: size }, (_, index) => ({
    id: `s${index}`,
    source: sources[index % sources.length] ?? '',
    translationText: index % 3 === 0 ? 'The online economy grows.' : '',
  }));
}

function countingCheck() {
  const counter = { calls: 0 };
  const check: typeof checkTerminology = (...args) => {
    counter.calls += 1;
    return checkTerminology(...args);
  };
  return { counter, check };
}

/** The flags computed the slow way, over every segment. */
function allFlags(segments: readonly IndexedSegment[], glossary: TerminologyGlossary) {
  return segments.flatMap((segment, index) =>
    checkTerminology(
      glossary.findTerms(segment.source),
      segment.translationText,
      glossary.entriesById,
    ).map((issue) => ({ segmentId: segment.id, number: index + 1, issue })),
  );
}

describe('TerminologyIndex', () => {
  it('after a save of 3 of 20,000 segments, checks those 3 only', () => {
    const { counter, check } = countingCheck();
    const index = new TerminologyIndex(check);
    const glossary = glossaryOf(baseEntries);
    let segments = project(20_000);
    const first = index.update(segments, glossary);
    expect(first.first(Infinity)).toEqual(allFlags(segments, glossary));
    expect(first.total).toBeGreaterThan(1000);
    expect(first.first(200)).toEqual(allFlags(segments, glossary).slice(0, 200));

    counter.calls = 0;
    // Three segments far apart whose source holds a term (the others need no check at all).
    const withTerms = segments.flatMap((segment, position) =>
      glossary.findTerms(segment.source).length > 0 ? [position] : [],
    );
    const edited = new Map([
      [withTerms[0] ?? 0, 'The industrial internet and the digital economy.'],
      [withTerms[Math.floor(withTerms.length / 2)] ?? 0, 'The industrial internet grows.'],
      [withTerms.at(-1) ?? 0, 'Something else entirely.'],
    ]);
    segments = segments.map((segment, position) => {
      const translationText = edited.get(position);
      return translationText === undefined ? segment : { ...segment, translationText };
    });
    const second = index.update(segments, glossary);
    expect(counter.calls).toBe(3);
    expect(second.first(Infinity)).toEqual(allFlags(segments, glossary));
    expect(second.total).toBe(allFlags(segments, glossary).length);
    // The earlier result still describes the project as it was.
    expect(first.first(Infinity)).toEqual(allFlags(project(20_000), glossary));
  });

  it('checks nothing when only a status changed, and keeps the same list', () => {
    const { counter, check } = countingCheck();
    const index = new TerminologyIndex(check);
    const glossary = glossaryOf(baseEntries);
    const segments = project(300);
    const first = index.update(segments, glossary);
    counter.calls = 0;
    const restatused = segments.map((segment) => ({ ...segment, status: 'translated' }));
    expect(index.update(restatused, glossary)).toBe(first);
    expect(counter.calls).toBe(0);
  });

  it('after a glossary change, checks only the segments holding a changed term', () => {
    const { counter, check } = countingCheck();
    const index = new TerminologyIndex(check);
    const segments = project(3_000);
    index.update(segments, glossaryOf(baseEntries));
    counter.calls = 0;
    const withCloud = glossaryOf([...baseEntries, entry('cc', '雲計算', ['cloud computing'])]);
    const flags = index.update(segments, withCloud);
    const translatedWithCloud = segments.filter(
      (segment) => segment.translationText !== '' && segment.source.includes('云計算'),
    ).length;
    expect(translatedWithCloud).toBeGreaterThan(0);
    expect(counter.calls).toBe(translatedWithCloud);
    expect(flags.first(Infinity)).toEqual(allFlags(segments, withCloud));

    counter.calls = 0;
    const renamed = glossaryOf([
      entry('ii', '产业互联网', ['industrial internet']),
      entry('de', '數字經濟', ['digital economies']),
      entry('cc', '雲計算', ['cloud computing']),
    ]);
    expect(index.update(segments, renamed).first(Infinity)).toEqual(allFlags(segments, renamed));
    const translatedWithEconomy = segments.filter(
      (segment) => segment.translationText !== '' && segment.source.includes('數字經濟'),
    ).length;
    expect(counter.calls).toBe(translatedWithEconomy);
  });

  it('lists each entry’s segments once each, in order, and follows glossary changes', () => {
    const index = new TerminologyIndex();
    const segments: IndexedSegment[] = [
      { id: 'a', source: '產業互聯網是產業互聯網', translationText: '' },
      { id: 'b', source: '數字經濟', translationText: '' },
      { id: 'c', source: '发展产业互联网和数字经济', translationText: '' },
    ];
    index.update(segments, glossaryOf(baseEntries));
    expect(Object.fromEntries(index.occurrences())).toEqual({ ii: ['a', 'c'], de: ['b', 'c'] });
    index.update(segments, glossaryOf([entry('de', '數字經濟', ['digital economy'])]));
    expect(Object.fromEntries(index.occurrences())).toEqual({ de: ['b', 'c'] });
  });
});
