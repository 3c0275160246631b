/**
 * A row read back from IndexedDB failed the same checks an imported file goes through. It is
 * left as it is in the database (never "repaired" by guessing) and named by `path`, e.g.
 * `segments[s1x2y3].status`.
 */
export class StoredRecordInvalid extends Error {
  constructor(
    readonly path: string,
    /** For a segment row: its number as the translator sees it (1-based document order). */
    readonly segmentNumber?: number,
  ) {
    super(`Stored data failed validation at ${path}`);
    this.name = 'StoredRecordInvalid';
  }
}
