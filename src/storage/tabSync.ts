import type { Segment } from '../domain/model/segment';
import type { WorkspaceDb } from './db';
import { getSegments } from './repositories/segments';

/** The name every tab of a project shares: its BroadcastChannel and its save lock. */
export function projectChannelName(databaseName: string, projectId: string): string {
  return `segments:${databaseName}:${projectId}`;
}

/**
 * Tells the project's other tabs which segments this one saved, and hears what they saved:
 * the announcement carries only ids, and the segments are read from IndexedDB, so what arrives
 * is what is stored.
 */
export class TabSync {
  private channel: BroadcastChannel | null = null;

  constructor(
    private readonly db: WorkspaceDb,
    private readonly projectId: string,
  ) {}

  /**
   * Other tabs announce the segments they saved; this one reads them and hands them to `saved`
   * (a message that is not a list of ids, or names no stored segment, brings nothing).
   */
  listen(saved: (rows: Segment[]) => void): void {
    if (typeof BroadcastChannel === 'undefined') return;
    this.channel = new BroadcastChannel(projectChannelName(this.db.name, this.projectId));
    this.channel.onmessage = (event: MessageEvent<unknown>) => {
      const ids = Array.isArray(event.data)
        ? event.data.filter((id) => typeof id === 'string')
        : [];
      void getSegments(this.db, this.projectId, ids)
        .then((rows) => saved(rows.flatMap((row) => row ?? [])))
        .catch(() => undefined);
    };
  }

  /** Names the segments this tab just saved to every other tab of the project. */
  announce(ids: string[]): void {
    this.channel?.postMessage(ids);
  }

  /** Stops listening and announcing. */
  close(): void {
    this.channel?.close();
    this.channel = null;
  }
}
