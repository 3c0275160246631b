import type { ProjectDetails } from '../../model/projectDetails';
import { isPublicationDate } from '../../model/projectDetails';
import type { SegmentKind, SegmentType } from '../../model/segment';
import { isSegmentType, kindOfType } from '../../model/segmentType';
import { Invalid, isRecord } from './projectFile';

/**
 * A segment's kind and type. A row or file written before types existed has only a kind (kept
 * as it was; exports derive the type from it). A type that is not one of the six is refused,
 * and the kind always follows the type, so the two never disagree.
 */
export function restoreSegmentTypeFields(
  segment: Record<string, unknown>,
  path: string,
): { kind: SegmentKind; type?: SegmentType } {
  if (segment.type === undefined) {
    return { kind: segment.kind === 'heading' ? 'heading' : 'paragraph' };
  }
  if (!isSegmentType(segment.type)) throw new Invalid(`${path}.type`);
  return { kind: kindOfType(segment.type), type: segment.type };
}

/** The project details, when set: three strings, the date a real `YYYY-MM-DD` day or blank. */
export function restoreProjectDetails(value: unknown, path: string): { details?: ProjectDetails } {
  if (value === undefined) return {};
  if (!isRecord(value)) throw new Invalid(path);
  const field = (name: keyof ProjectDetails): string => {
    const found = value[name] ?? '';
    if (typeof found !== 'string' || found.length > 1000) throw new Invalid(`${path}.${name}`);
    return found;
  };
  const details: ProjectDetails = {
    title: field('title'),
    translator: field('translator'),
    publicationDate: field('publicationDate'),
  };
  if (!isPublicationDate(details.publicationDate)) throw new Invalid(`${path}.publicationDate`);
  return { details };
}
