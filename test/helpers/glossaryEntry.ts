import type { GlossaryEntry } from '../../src/domain/glossary/glossaryEntry';
import { emptyRichText } from '../../src/domain/model/richText';

/** A stored glossary entry of project `p` with no note (tests only). */
export function glossaryEntry(
  id: string,
  source: string,
  targets: string[],
  status: GlossaryEntry['status'] = 'preferred',
  partOfSpeech: GlossaryEntry['partOfSpeech'] = null,
): GlossaryEntry {
  return {
    id,
    projectId: 'p',
    source,
    targets,
    status,
    partOfSpeech,
    note: emptyRichText(),
    noteText: '',
    createdAt: 0,
    updatedAt: 0,
  };
}
