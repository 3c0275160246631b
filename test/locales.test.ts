import { describe, expect, it } from 'vitest';
import { resources } from './helpers/locales';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') entries.set(path, value);
    else for (const [inner, text] of flatten(value, path)) entries.set(inner, text);
  }
  return entries;
}

const placeholders = (text: string) =>
  [...text.matchAll(/{{\s*(\w+)\s*}}/g)].map((m) => m[1]).sort();

const english = flatten(resources.en.translation);

describe.each(['zh-Hans', 'zh-Hant'] as const)('the %s locale', (language) => {
  const translated = flatten(resources[language].translation);

  it('has every key the English locale has, and no other', () => {
    expect([...translated.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('keeps every interpolation placeholder', () => {
    for (const [key, text] of english) {
      expect(placeholders(translated.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('is actually translated', () => {
    const same = [...english].filter(
      ([key, text]) =>
        /[a-z]{3}/i.test(text.replace(/{{\w+}}/g, '')) && translated.get(key) === text,
    );
    expect(same.map(([key]) => key)).toEqual(
      // Shortcut keys and the language names stay as they are in every locale.
      same
        .map(([key]) => key)
        .filter((key) =>
          /^shortcuts\.keys\.|^settings\.languages\.|^glossary\.export(Tbx|Csv)$|^export\.formats\.(xliff2|xliff12|html|md)$/.test(
            key,
          ),
        ),
    );
  });
});

it('has no empty string', () => {
  for (const language of ['en', 'zh-Hans', 'zh-Hant'] as const) {
    for (const [key, text] of flatten(resources[language].translation)) {
      expect(text.trim(), `${language}: ${key}`).not.toBe('');
    }
  }
});
