import { WorkspaceDb } from '../../src/storage/db';

let counter = 0;

/** A database of its own for each test, in fake-indexeddb. */
export function freshDb(): WorkspaceDb {
  counter += 1;
  return new WorkspaceDb(`test-${Date.now()}-${counter}`);
}
