import { expect } from 'vitest';
import { isPartOfSpeech, isTermStatus } from '../../src/domain/glossary/glossaryEntry';
import type {
  GlossaryImport,
  GlossaryImportProblem,
} from '../../src/domain/glossary/glossaryRecord';

const problemCodes: readonly GlossaryImportProblem['code'][] = [
  'notXml',
  'entities',
  'tooLarge',
  'notTbx',
  'noSourceTerm',
  'noTargetTerm',
  'csvHeader',
  'csvRow',
  'empty',
];

/**
 * What both glossary readers (TBX and CSV/TSV) must return for any input: records the glossary
 * can store as they are, or one problem the settings screen has a message for. Violations are
 * collected into one assertion to keep a thousand runs cheap.
 */
export function expectGlossaryImport(result: GlossaryImport): void {
  if (!result.ok) {
    expect(problemCodes).toContain(result.problem.code);
    const { problem } = result;
    if (problem.code === 'notXml') expect(typeof problem.detail).toBe('string');
    if (problem.code === 'csvRow') expect(problem.line).toBeGreaterThanOrEqual(1);
    if (problem.code === 'noSourceTerm' || problem.code === 'noTargetTerm') {
      expect(problem.entry).toBeGreaterThanOrEqual(1);
    }
    return;
  }
  const problems: string[] = [];
  for (const [index, record] of result.records.entries()) {
    const at = `record ${index}`;
    if (record.source === '' || record.source !== record.source.trim())
      problems.push(`${at}: source`);
    // Only a TBX entry without English becomes a source-only term, and the import reports it.
    if (record.targets.length === 0 && !result.sourceOnly?.length)
      problems.push(`${at}: no target`);
    if (record.targets.some((target) => target === '' || target !== target.trim())) {
      problems.push(`${at}: target ${JSON.stringify(record.targets)}`);
    }
    if (!isTermStatus(record.status)) problems.push(`${at}: status ${record.status}`);
    if (record.partOfSpeech !== null && !isPartOfSpeech(record.partOfSpeech)) {
      problems.push(`${at}: part of speech`);
    }
    if (typeof record.noteText !== 'string') problems.push(`${at}: note`);
  }
  expect(problems).toEqual([]);
}
