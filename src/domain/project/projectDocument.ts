import type { GlossaryEntry } from '../glossary/glossaryEntry';
import type { Project } from '../model/project';
import type { Segment } from '../model/segment';

/** A whole project as exports and the project file see it: read from storage, never from editors. */
export interface ProjectDocument {
  project: Project;
  /** In document order. */
  segments: Segment[];
  glossary: GlossaryEntry[];
}
