import type { ProjectDocument } from '../../project/projectDocument';
import { publicationTitle, type PublishableSegment } from './publishableSegments';

/** What a publication says about itself, as every publication writer uses it. */
export interface PublicationDetails {
  /** The English title set in Project details, else segment 1's translation (or the name). */
  title: string;
  /** The translator's name; empty for none. */
  author: string;
  /** `YYYY-MM-DD`, or empty. */
  date: string;
  /** The English variant's language tag (en, en-GB, en-US). */
  lang: string;
}

export function publicationDetailsOf(
  document: ProjectDocument,
  pieces: readonly PublishableSegment[],
  author: string,
): PublicationDetails {
  const { project } = document;
  const details = project.details;
  return {
    title: details?.title.trim() || publicationTitle(pieces, project.name),
    author: author.trim(),
    date: details?.publicationDate ?? '',
    lang: project.targetLang || 'en',
  };
}

/** Set by the translator rather than derived: what Markdown writes as front matter. */
export function hasOwnDetails(document: ProjectDocument, details: PublicationDetails): boolean {
  const own = document.project.details;
  return Boolean(own?.title.trim() || details.author || details.date || details.lang !== 'en');
}
