/**
 * Bench data built from the proposal itself: a 30-term glossary of terms that occur in it, and
 * a large project of the proposal's paragraphs repeated, every other copy translated into
 * English that uses the glossary's renderings, as a translator halfway through would have it.
 */
import { readFileSync } from 'node:fs';
import { writeGlossaryCsv } from '../../src/domain/formats/csv/glossaryCsv';
import {
  readProjectFile,
  writeProjectFile,
} from '../../src/domain/formats/projectFile/projectFile';
import type { GlossaryRecord } from '../../src/domain/glossary/glossaryRecord';
import { emptyRichText } from '../../src/domain/model/richText';
import { plainTextToRichText } from '../../src/domain/model/richTextToPlainText';
import type { Segment, SourceSegment } from '../../src/domain/model/segment';
import { newProjectFromText } from '../../src/domain/project/newProjectFromText';

/** The proposal as the app imports it on first start (pinyin cleaned, readings kept). */
export const proposal = newProjectFromText(
  readFileSync('source-text/industrial-internet-proposal.txt', 'utf8'),
);

/** Source term (as written in the proposal), English renderings, part of speech. */
const terms: [string, string, GlossaryRecord['partOfSpeech']][] = [
  ['產業互聯網', 'industrial internet', 'noun'],
  ['數字經濟', 'digital economy', 'noun'],
  ['新基建', 'new infrastructure', 'noun'],
  ['云計算', 'cloud computing', 'noun'],
  ['數據中臺', 'data middle platform', 'noun'],
  ['數字化轉型', 'digital transformation', 'noun'],
  ['智慧城市', 'smart cities; smart city', 'noun'],
  ['新型基礎設施', 'new-type infrastructure', 'noun'],
  ['開源協同', 'open-source collaboration', 'noun'],
  ['兩會', 'Two Sessions', 'properNoun'],
  ['人工智能', 'artificial intelligence', 'noun'],
  ['區塊鏈', 'blockchain', 'noun'],
  ['大數據', 'big data', 'noun'],
  ['實體經濟', 'real economy', 'noun'],
  ['中小微企業', 'micro, small and medium-sized enterprises; MSMEs', 'noun'],
  ['騰訊', 'Tencent', 'properNoun'],
  ['馬化騰', 'Pony Ma', 'properNoun'],
  ['政府', 'government', 'noun'],
  ['消費互聯網', 'consumer internet', 'noun'],
  ['平臺', 'platform', 'noun'],
  ['鄉村振興', 'rural revitalization', 'noun'],
  ['金融科技', 'fintech', 'noun'],
  ['國家戰略', 'national strategy', 'noun'],
  ['頂層設計', 'top-level design', 'noun'],
  ['智慧鄉村', 'smart villages; smart village', 'noun'],
  ['數據煙囪', 'data silos; data silo', 'noun'],
  ['數字免疫系統', 'digital immune system', 'noun'],
  ['高質量發展', 'high-quality development', 'noun'],
  ['產業安全', 'industrial security', 'noun'],
  ['網絡信息安全', 'cyber and information security', 'noun'],
];

export const glossaryRecords: GlossaryRecord[] = terms.map(([source, targets, partOfSpeech]) => {
  if (!proposal.segments.some((segment) => segment.source.includes(source)))
    throw new Error(`Glossary term ${source} does not occur in the proposal`);
  return {
    source,
    targets: targets.split('; '),
    status: 'preferred',
    partOfSpeech,
    noteText: '',
  };
});

export const glossaryCsv = writeGlossaryCsv(glossaryRecords);

const headings = [
  'What did Pony Ma propose about the industrial internet?',
  'Why develop the industrial internet?',
  'Six proposals for the industrial internet',
  'Building a new industrial security system',
];
const sentences = [
  'The proposal treats this as a long-term task rather than a single campaign.',
  'Companies, research institutes and local governments are expected to work on it together.',
  'It asks for rules that are clear enough for smaller firms to follow.',
  'Progress should be measured by what changes for businesses and citizens.',
  'Pilot projects would come first, followed by wider adoption where they succeed.',
  'The same approach, it argues, also strengthens the economy against future shocks.',
];

/** Plausible English for a paragraph: its terms' preferred renderings in ordinary sentences. */
function englishFor(segment: SourceSegment, omitFirstTerm: boolean): string {
  const found = glossaryRecords
    .filter((record) => segment.source.includes(record.source))
    .map((record) => record.targets[0] ?? '')
    .slice(omitFirstTerm ? 1 : 0);
  if (segment.kind === 'heading') {
    if (found.length === 0) return headings[segment.order % headings.length] ?? '';
    const last = found.length > 1 ? ` and ${found.at(-1)}` : '';
    return `On ${found.slice(0, found.length > 1 ? -1 : 1).join(', ')}${last}`;
  }
  const parts = found.map((term, index) =>
    index % 2 === 0
      ? `The proposal argues that ${term} deserves more attention and investment.`
      : `It links this to ${term}, which it sees as a driver of growth.`,
  );
  // English runs to about one and a half times the characters of the Chinese it translates.
  for (let next = segment.order; parts.join(' ').length < segment.source.length * 1.5; next += 1)
    parts.push(sentences[next % sentences.length] ?? '');
  return parts.join(' ');
}

/** The proposal's segments repeated to `count`; every other copy translated (status Translated). */
export function repeatedProposalFile(count: number): string {
  const projectId = 'p-bench';
  const at = Date.UTC(2026, 10, 1);
  const perCopy = proposal.segments.length;
  const segments: Segment[] = [];
  for (let order = 0; order < count; order += 1) {
    const copy = Math.floor(order / perCopy);
    const source = proposal.segments[order % perCopy];
    if (!source) throw new Error('The proposal has no segments');
    const translated = copy % 2 === 1;
    // One translated copy in 25 leaves a term out, so the terminology check has issues to list.
    const english = translated ? englishFor(source, copy % 50 === 1) : '';
    segments.push({
      ...source,
      projectId,
      id: `${source.id}-${copy}`,
      order,
      translation: translated ? plainTextToRichText(english) : emptyRichText(),
      translationText: english,
      notes: emptyRichText(),
      notesText: '',
      status: translated ? 'translated' : 'untranslated',
      updatedAt: at,
    });
  }
  const file = writeProjectFile({
    project: {
      id: projectId,
      name: `Proposal × ${Math.ceil(count / perCopy)}`,
      sourceLang: proposal.sourceLang,
      targetLang: 'en',
      segmentCount: count,
      cleaning: proposal.cleaning,
      createdAt: at,
      updatedAt: at,
    },
    segments,
    glossary: [],
  });
  const read = readProjectFile(file);
  if (!read.ok) throw new Error(`The generated project file is refused: ${JSON.stringify(read)}`);
  return file;
}

/**
 * Segment numbers (1-based) of untranslated copies of the proposal's segments `numbers`, near
 * the start, the middle and the end of a project of `count` repeated segments: the same text in
 * the same state as in the proposal, so only the document's size differs.
 */
export function matchingSegments(count: number, numbers: readonly number[]): number[] {
  const perCopy = proposal.segments.length;
  const lastEvenCopy = (limit: number) => {
    const copy = Math.floor(limit / perCopy);
    return copy % 2 === 0 ? copy : copy - 1;
  };
  const [start = 1, middle = 1, end = 1] = numbers;
  return [
    start,
    lastEvenCopy(count / 2) * perCopy + middle,
    lastEvenCopy(count - end) * perCopy + end,
  ];
}
