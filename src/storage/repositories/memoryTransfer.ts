import type { WorkspaceDb } from '../db';

/**
 * A cheap sign that the memory changed (a unit added, replaced or removed), so that a reader
 * holding all of it, such as the concordance, reads it again only then.
 */
export async function memoryFingerprint(db: WorkspaceDb): Promise<string> {
  return db.transaction('r', db.memory, async () => {
    const [count, newest] = await Promise.all([
      db.memory.count(),
      db.memory.orderBy('updatedAt').last(),
    ]);
    return `${count}:${newest?.id ?? ''}:${newest?.updatedAt ?? ''}`;
  });
}
