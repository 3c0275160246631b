import { describe, expect, it } from 'vitest';
import { compileFind, defaultFindOptions } from './findPattern';
import { regexProblemOf } from './regexProblem';

const asRegularExpression = { ...defaultFindOptions, regularExpression: true };

describe('what is wrong with a regular expression', () => {
  it.each([
    ['(產業', 'unclosedGroup'],
    ['(Industrial (Internet)', 'unclosedGroup'],
    ['Internet)', 'unopenedGroup'],
    ['[Ii]nternet [abc', 'unclosedClass'],
    ['*net', 'nothingToRepeat'],
    ['Internet|+web', 'nothingToRepeat'],
    ['(+)', 'nothingToRepeat'],
    ['a**', 'nothingToRepeat'],
    ['{2}x', 'nothingToRepeat'],
    ['ends with \\', 'trailingBackslash'],
  ])('%s: %s', (pattern, problem) => {
    // Each is refused by the engine as well, so the message is about a real refusal.
    expect(compileFind(pattern, asRegularExpression).ok).toBe(false);
    expect(regexProblemOf(pattern)).toBe(problem);
  });

  it.each([
    'Internet',
    '(?:Industrial )?[Ii]nternet',
    '\\(產業\\)',
    '[(]產業',
    '(?<year>\\d{4})年',
    'a+?b*?c??',
    'x{2,}y{1,3}',
    '^Internet$',
    '[\\]]',
  ])('%s is valid and has none', (pattern) => {
    expect(compileFind(pattern, asRegularExpression).ok).toBe(true);
    expect(regexProblemOf(pattern)).toBeNull();
  });
});
