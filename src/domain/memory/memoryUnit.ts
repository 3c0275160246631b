import type { Project } from '../model/project';
import type { Segment, SegmentStatus } from '../model/segment';

/** Where a memory unit came from: a segment of a project in this browser, or an imported TMX. */
export type MemoryOrigin =
  | { kind: 'project'; projectId: string; segmentId: string; projectName: string }
  | { kind: 'tmx'; file: string };

/**
 * One source/English pair of the translation memory, shared by every project in this browser.
 * Texts are plain and kept as written; matching normalises them (script, width, punctuation).
 */
export interface MemoryUnit {
  /** `project:<projectId>:<segmentId>` for a project's segment, so a later confirm replaces it. */
  id: string;
  source: string;
  target: string;
  /** BCP 47, e.g. `zh-Hant`, `zh-CN`. */
  sourceLang: string;
  targetLang: string;
  origin: MemoryOrigin;
  /** Indexed copy of the origin's project, so a project's units can be found and removed. */
  projectId?: string;
  /** Sources of the neighbouring segments, for context (101 %) matches. */
  previousSource?: string;
  nextSource?: string;
  createdAt: number;
  updatedAt: number;
}

const confirmedStatuses: ReadonlySet<SegmentStatus> = new Set(['translated', 'reviewed']);

export function isConfirmedForMemory(segment: Pick<Segment, 'status' | 'translationText'>) {
  return confirmedStatuses.has(segment.status) && segment.translationText.trim() !== '';
}

export function memoryUnitIdOf(projectId: string, segmentId: string): string {
  return `project:${projectId}:${segmentId}`;
}

/** The memory unit of a confirmed segment, or null when the segment is not confirmed. */
export function memoryUnitFromSegment(
  segment: Segment,
  project: Pick<Project, 'id' | 'name' | 'sourceLang' | 'targetLang'>,
  neighbours: { previousSource?: string; nextSource?: string },
): MemoryUnit | null {
  if (!isConfirmedForMemory(segment)) return null;
  return {
    id: memoryUnitIdOf(project.id, segment.id),
    source: segment.source,
    target: segment.translationText,
    sourceLang: project.sourceLang,
    targetLang: project.targetLang,
    origin: {
      kind: 'project',
      projectId: project.id,
      segmentId: segment.id,
      projectName: project.name,
    },
    projectId: project.id,
    ...(neighbours.previousSource !== undefined
      ? { previousSource: neighbours.previousSource }
      : {}),
    ...(neighbours.nextSource !== undefined ? { nextSource: neighbours.nextSource } : {}),
    createdAt: segment.updatedAt,
    updatedAt: segment.updatedAt,
  };
}
