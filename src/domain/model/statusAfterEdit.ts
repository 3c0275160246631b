import type { SegmentStatus } from './segment';

/**
 * The status a segment takes when its translation is edited, as CAT tools do: an edit makes an
 * untranslated or confirmed segment a draft again, so a changed translation is never reported as
 * reviewed. Clearing the translation makes it untranslated; "Do not translate" stays.
 */
export function statusAfterEdit(current: SegmentStatus, translationText: string): SegmentStatus {
  if (current === 'do-not-translate') return current;
  if (translationText.trim() === '') return 'untranslated';
  return 'draft';
}
