import type { Segment } from '../model/segment';

/**
 * Whether a segment may be filled from elsewhere (a repetition, the memory): it has no English
 * and is still untranslated. "Do not translate" and anything the translator wrote are left alone.
 */
export function isEmptyForFilling(segment: Pick<Segment, 'status' | 'translationText'>): boolean {
  return segment.status === 'untranslated' && segment.translationText.trim() === '';
}

/**
 * The segments of a project grouped by normalised source: every group of two or more is a set of
 * repetitions. Built once per project; a source never changes.
 */
export function repetitionGroups(
  segments: readonly Pick<Segment, 'id' | 'source'>[],
  normalize: (text: string) => string,
): Map<string, string[]> {
  const bySource = new Map<string, string[]>();
  for (const segment of segments) {
    const key = normalize(segment.source);
    if (key === '') continue;
    const group = bySource.get(key);
    if (group) group.push(segment.id);
    else bySource.set(key, [segment.id]);
  }
  const groupOf = new Map<string, string[]>();
  for (const group of bySource.values()) {
    if (group.length < 2) continue;
    for (const id of group) groupOf.set(id, group);
  }
  return groupOf;
}

/** The repetitions of a just-confirmed segment that get its English: the empty ones. */
export function propagationTargets(
  confirmedId: string,
  groupOf: ReadonlyMap<string, readonly string[]>,
  segmentOf: (id: string) => Pick<Segment, 'status' | 'translationText'> | undefined,
): string[] {
  const group = groupOf.get(confirmedId) ?? [];
  return group.filter((id) => {
    if (id === confirmedId) return false;
    const segment = segmentOf(id);
    return segment !== undefined && isEmptyForFilling(segment);
  });
}
