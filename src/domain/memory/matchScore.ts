import { distance } from 'fastest-levenshtein';

/**
 * OmegaT's fuzzy score on characters: 100·(max−dist)/max, rounded, where dist is the Levenshtein
 * distance of the two normalised sources (Chinese has no spaces to split words on). A text that
 * differs at all never rounds up to 100.
 */
export function matchScore(a: string, b: string): number {
  const longest = Math.max(a.length, b.length);
  if (longest === 0) return 100;
  return scoreForEdits(longest, distance(a, b));
}

/** The score of two texts, the longer `longest` characters long, that are `edits` edits apart. */
export function scoreForEdits(longest: number, edits: number): number {
  if (edits === 0) return 100;
  return Math.min(99, Math.round((100 * (longest - edits)) / longest));
}
