import { splitSentences } from '../../src/domain/import/splitSentences';
import type { QaSegment } from '../../src/domain/qa/types';

/** A segment as the engine passes it, from a source and its English (tests only). */
export function qaSegment(
  source: string,
  translation: string,
  overrides: Partial<QaSegment> = {},
): QaSegment {
  return {
    id: 'seg',
    index: 0,
    kind: 'paragraph',
    status: 'translated',
    source,
    sentenceEnds: splitSentences(source),
    translation,
    ...overrides,
  };
}
