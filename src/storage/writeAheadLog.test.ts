import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { plainTextToRichText } from '../domain/model/richTextToPlainText';
import { WriteAheadLog } from './writeAheadLog';

/** Web Locks as one origin's tabs share them: a held name stays held until released. */
function fakeLocks() {
  const held = new Set<string>();
  return {
    request: async (name: string, _options: unknown, callback: () => Promise<void>) => {
      held.add(name);
      await callback();
      held.delete(name);
    },
    query: () => Promise.resolve({ held: [...held].map((name) => ({ name })) }),
  };
}

const edit = (text: string, at: number) => ({
  patch: { translation: plainTextToRichText(text), translationText: text },
  at,
});

beforeEach(() => {
  localStorage.clear();
  vi.stubGlobal('navigator', { locks: fakeLocks() });
});
afterEach(() => vi.unstubAllGlobals());

describe('the write-ahead log', () => {
  it('leaves the log of a tab that is still open alone, and adopts it once that tab is gone', async () => {
    const open = new WriteAheadLog('db', 'p', localStorage, 'tab-a');
    await open.hold();
    open.write(new Map([['s1', edit('typed in tab A', 1)]]));

    const second = new WriteAheadLog('db', 'p', localStorage, 'tab-b');
    await second.hold();
    expect(await second.adoptAll()).toEqual(new Map());
    expect(localStorage.getItem('wal:db:p:tab-a')).not.toBeNull();

    open.release();
    const third = new WriteAheadLog('db', 'p', localStorage, 'tab-c');
    await third.hold();
    expect(await third.adoptAll()).toEqual(new Map([['s1', edit('typed in tab A', 1)]]));
    expect(localStorage.getItem('wal:db:p:tab-a')).toBeNull();
  });

  it('adopts every log where the browser has no Web Locks', async () => {
    vi.stubGlobal('navigator', {});
    new WriteAheadLog('db', 'p', localStorage, 'tab-a').write(new Map([['s1', edit('x', 1)]]));
    const log = new WriteAheadLog('db', 'p', localStorage, 'tab-b');
    await log.hold();
    expect((await log.adoptAll()).get('s1')).toEqual(edit('x', 1));
  });
});
