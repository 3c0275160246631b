/**
 * Listeners per key (a segment's rows, a Preview block): a change to one key calls only its own,
 * so what a keystroke costs does not grow with the number of segments shown elsewhere.
 */
export class KeyedListeners<Key = string> {
  private readonly byKey = new Map<Key, Set<() => void>>();

  /** Adds a listener for `key`; the function returned removes it. */
  add(key: Key, listener: () => void): () => void {
    let listeners = this.byKey.get(key);
    if (!listeners) {
      listeners = new Set();
      this.byKey.set(key, listeners);
    }
    const own = listeners;
    own.add(listener);
    return () => {
      own.delete(listener);
      if (own.size === 0 && this.byKey.get(key) === own) this.byKey.delete(key);
    };
  }

  /** Calls `key`'s listeners (a copy of them: one may unsubscribe while they run). */
  notify(key: Key): void {
    const listeners = this.byKey.get(key);
    if (listeners) for (const listener of [...listeners]) listener();
  }
}
