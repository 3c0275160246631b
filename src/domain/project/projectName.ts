/** As long as names made from a file or a first line get (they are cut there). */
export const projectNameMaxLength = 60;

export type ProjectNameProblem = 'empty' | 'tooLong' | 'lineBreak';
export type ProjectNameCheck =
  { ok: true; name: string } | { ok: false; problem: ProjectNameProblem };

/**
 * A name the translator typed, as it is stored: without the spaces around it (ideographic ones
 * too); refused when nothing is left, when it is longer than names get elsewhere (in characters,
 * not UTF-16 units) or when it spans lines (the project switcher shows one line).
 */
export function checkProjectName(typed: string): ProjectNameCheck {
  const name = typed.trim();
  if (name === '') return { ok: false, problem: 'empty' };
  if (/[\r\n\u2028\u2029]/.test(name)) return { ok: false, problem: 'lineBreak' };
  if ([...name].length > projectNameMaxLength) return { ok: false, problem: 'tooLong' };
  return { ok: true, name };
}
