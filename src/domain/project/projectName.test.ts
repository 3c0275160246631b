import { describe, expect, it } from 'vitest';
import { checkProjectName, projectNameMaxLength } from './projectName';

describe('a project name', () => {
  it.each([
    ['工業互聯網行動計劃', '工業互聯網行動計劃'],
    ['  Industrial internet proposal  ', 'Industrial internet proposal'],
    ['\u3000產業互聯網\u3000', '產業互聯網'],
    ['𠀀'.repeat(projectNameMaxLength), '𠀀'.repeat(projectNameMaxLength)],
  ])('accepts %j as %j', (typed, name) => {
    expect(checkProjectName(typed)).toEqual({ ok: true, name });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['\u3000\t', 'empty'],
    ['字'.repeat(projectNameMaxLength + 1), 'tooLong'],
    ['a\nb', 'lineBreak'],
  ])('refuses %j: %s', (typed, problem) => {
    expect(checkProjectName(typed)).toEqual({ ok: false, problem });
  });
});
