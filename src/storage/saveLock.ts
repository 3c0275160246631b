/**
 * Runs a save holding a Web Lock shared by every tab of this origin, so one tab's save (its
 * read-compare-write and the announcement to other tabs) never interleaves with another's.
 * Browsers without Web Locks still have IndexedDB's own transaction ordering.
 */
export function withSaveLock<T>(name: string, save: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return save();
  return new Promise<T>((resolve, reject) => {
    // The lock is held until the callback's promise settles, that is, until the save is done.
    locks.request(name, { mode: 'exclusive' }, () => save().then(resolve, reject)).catch(reject);
  });
}
