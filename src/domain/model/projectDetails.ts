/**
 * What a publication says about itself, set in the "Project details" dialog. Blank fields fall
 * back: the title to segment 1's translation, the translator to the name in the preferences.
 * The target language variant is the project's `targetLang`.
 */
export interface ProjectDetails {
  /** The English title; blank for segment 1's translation. */
  title: string;
  /** The translator's name; blank for the one in the preferences. */
  translator: string;
  /** `YYYY-MM-DD`, or blank for none. */
  publicationDate: string;
}

export const emptyProjectDetails: ProjectDetails = {
  title: '',
  translator: '',
  publicationDate: '',
};

/** The English variants offered; the tag goes into every export (XLIFF trgLang, xml:lang, lang). */
export const targetLanguageVariants = ['en', 'en-GB', 'en-US'] as const;

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written `YYYY-MM-DD` (what a date input gives), or blank. */
export function isPublicationDate(value: string): boolean {
  if (value === '') return true;
  const match = isoDate.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number);
  const date = new Date(Date.UTC(year ?? 0, (month ?? 0) - 1, day ?? 0));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() + 1 === month && date.getUTCDate() === day
  );
}

/** A language tag as BCP 47 writes it (letters and digits in subtags of up to 8). */
export function isLanguageTag(value: string): boolean {
  return /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value);
}
