import { describe, expect, it } from 'vitest';
import { KeyedListeners } from './keyedListeners';

describe('KeyedListeners', () => {
  it('calls only the changed key’s listeners, and a removed one no more', () => {
    const listeners = new KeyedListeners();
    const calls: string[] = [];
    const stopA = listeners.add('s1', () => calls.push('a'));
    listeners.add('s1', () => calls.push('b'));
    listeners.add('s2', () => calls.push('c'));
    listeners.notify('s1');
    expect(calls).toEqual(['a', 'b']);
    stopA();
    stopA();
    listeners.notify('s1');
    listeners.notify('s3');
    expect(calls).toEqual(['a', 'b', 'b']);
  });

  it('lets a listener remove itself while the key is notified', () => {
    const listeners = new KeyedListeners();
    const calls: string[] = [];
    const stop = listeners.add('s1', () => {
      calls.push('once');
      stop();
    });
    listeners.add('s1', () => calls.push('always'));
    listeners.notify('s1');
    listeners.notify('s1');
    expect(calls).toEqual(['once', 'always', 'always']);
  });
});
