import { describe, expect, it } from 'vitest';
import { freshDb } from '../../test/helpers/testDb';
import { schemaVersions } from './schemaVersions';

describe('schema versions', () => {
  it('are numbered 1, 2, 3 … with nothing skipped', () => {
    expect(schemaVersions.map(({ version }) => version)).toEqual(
      schemaVersions.map((_, index) => index + 1),
    );
  });

  it('each have an upgrade test from the version before', () => {
    const tests = Object.keys(import.meta.glob('./upgrades/v*.test.ts')).map((path) =>
      path.replace('./upgrades/', ''),
    );
    for (const { version } of schemaVersions.slice(1)) {
      expect(tests, `version ${version} has no upgrade test`).toContain(`v${version}.test.ts`);
    }
  });

  it('open an empty database at the latest version', async () => {
    const db = freshDb();
    await db.open();
    expect(db.verno).toBe(schemaVersions.at(-1)?.version);
    db.close();
  });
});
