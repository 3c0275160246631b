/**
 * What is wrong with a regular expression the engine refused, for the mistakes a translator
 * makes most (a bracket left open, a `*` with nothing before it), so the message can say it in
 * the interface language: the engine's own message is in English, and differs between browsers.
 * `null` when the mistake is none of these (the engine's message is shown then).
 */
export type RegexProblem =
  'trailingBackslash' | 'unclosedClass' | 'unclosedGroup' | 'unopenedGroup' | 'nothingToRepeat';

export function regexProblemOf(pattern: string): RegexProblem | null {
  let depth = 0;
  let inClass = false;
  // Whether the previous token can be repeated (a character, a class, a group's end).
  let repeatable = false;
  for (let at = 0; at < pattern.length; at += 1) {
    const char = pattern[at];
    if (char === '\\') {
      if (at === pattern.length - 1) return 'trailingBackslash';
      at += 1;
      repeatable = true;
      continue;
    }
    if (inClass) {
      if (char === ']') {
        inClass = false;
        repeatable = true;
      }
      continue;
    }
    if (char === '[') {
      inClass = true;
      continue;
    }
    if (char === '(') {
      depth += 1;
      // (?: (?= (?! (?<= (?<! (?<name>: the group's syntax, not a quantifier.
      if (pattern[at + 1] === '?') at += 1;
      repeatable = false;
      continue;
    }
    if (char === ')') {
      if (depth === 0) return 'unopenedGroup';
      depth -= 1;
      repeatable = true;
      continue;
    }
    if (char === '|') {
      repeatable = false;
      continue;
    }
    if (
      char === '*' ||
      char === '+' ||
      char === '?' ||
      (char === '{' && quantifierAt(pattern, at))
    ) {
      if (!repeatable) return 'nothingToRepeat';
      if (char === '{') at = pattern.indexOf('}', at);
      // A lazy quantifier (`+?`) is fine; another quantifier after one (`a**`) is not.
      if (pattern[at + 1] === '?') at += 1;
      repeatable = false;
      continue;
    }
    repeatable = char !== '^' && char !== '$';
  }
  if (inClass) return 'unclosedClass';
  if (depth > 0) return 'unclosedGroup';
  return null;
}

/** `{2}`, `{2,}`, `{2,5}` */
function quantifierAt(pattern: string, at: number): boolean {
  return /^\{\d+(,\d*)?\}/.test(pattern.slice(at));
}
