import { describe, expect, it } from 'vitest';
import { englishTermPattern } from './englishTermPattern';

describe('englishTermPattern', () => {
  it.each([
    ['industrial internet', 'The Industrial Internet is here.'],
    ['industrial internet', 'two industrial internets'],
    ['industrial internet', 'the industrial internet’s role'],
    ['industrial internet', "the industrial internet's role"],
    ['industrial internet', 'an industrial-internet platform'],
    ['data center', 'new data-centers'],
    ['policy', 'these policies'],
    ['tax', 'taxes'],
    ['new infrastructure', 'New  Infrastructure'],
    ['C++ compiler', 'a C++ compiler'],
  ])('%j is found in %j', (term, text) => {
    expect(englishTermPattern(term).test(text)).toBe(true);
  });

  it.each([
    ['internet', 'the internets2 test'],
    ['data', 'database'],
    ['ai', 'said'],
    ['industrial internet', 'industrial and internet'],
  ])('%j is not found in %j', (term, text) => {
    expect(englishTermPattern(term).test(text)).toBe(false);
  });
});
