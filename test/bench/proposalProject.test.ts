import { describe, expect, it } from 'vitest';
import { readGlossaryCsv } from '../../src/domain/formats/csv/glossaryCsv';
import { readProjectFile } from '../../src/domain/formats/projectFile/projectFile';
import { makeCharFold } from '../../src/domain/glossary/charFold';
import { checkTerminology } from '../../src/domain/glossary/checkTerminology';
import { TermMatcher } from '../../src/domain/glossary/TermMatcher';
import { emptyRichText } from '../../src/domain/model/richText';
import { loadScriptConverter } from '../../src/domain/script/convertScript';
import {
  glossaryCsv,
  glossaryRecords,
  matchingSegments,
  proposal,
  repeatedProposalFile,
} from './proposalProject';

// The glossary-typing bench compares like with like only if its data is what it says it is.
describe('bench data from the proposal', () => {
  const count = 2000;
  const read = readProjectFile(repeatedProposalFile(count));
  const segments = read.ok ? read.document.segments : [];

  it('is a project file the app accepts, half of it translated', () => {
    expect(read.ok).toBe(true);
    expect(segments).toHaveLength(count);
    expect(segments.filter((segment) => segment.status === 'translated')).toHaveLength(count / 2);
    expect(new Set(segments.map((segment) => segment.id)).size).toBe(count);
  });

  it('has a 30-term glossary CSV the glossary panel reads back', () => {
    const csv = readGlossaryCsv(glossaryCsv);
    expect(csv.ok && csv.records.map((record) => record.source)).toEqual(
      glossaryRecords.map((record) => record.source),
    );
    expect(glossaryRecords).toHaveLength(30);
  });

  it('types into untranslated copies of the proposal segments it is compared with', () => {
    const [start, middle, end] = matchingSegments(count, [2, 21, 40]);
    expect([start, middle, end]).toEqual([2, 981, 1960]);
    for (const [number, original] of [
      [start, 2],
      [middle, 21],
      [end, 40],
    ] as const) {
      const segment = segments[(number ?? 0) - 1];
      expect(segment?.source).toBe(proposal.segments[original - 1]?.source);
      expect(segment?.status).toBe('untranslated');
    }
  });

  it('uses the glossary in its English, leaving a term out in one translated copy in 25', async () => {
    const matcher = new TermMatcher(makeCharFold(await loadScriptConverter('zh-Hans')));
    const entries = glossaryRecords.map((record, index) => ({
      ...record,
      id: `g${index}`,
      projectId: 'p',
      note: emptyRichText(),
      createdAt: 0,
      updatedAt: 0,
    }));
    matcher.setTerms(entries);
    const byId = new Map(entries.map((entry) => [entry.id, entry]));
    const copiesWithIssues = new Set(
      segments
        .filter(
          (segment) =>
            checkTerminology(matcher.find(segment.source), segment.translationText, byId).length >
            0,
        )
        .map((segment) => Math.floor(segment.order / proposal.segments.length)),
    );
    expect([...copiesWithIssues]).toEqual([1]);
  });
});
