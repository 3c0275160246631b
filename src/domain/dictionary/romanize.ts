import { pinyin } from 'pinyin-pro';

/** Hanyu Pinyin with tone marks for any text, polyphones read in context: "mǎ huà téng". */
export function toneMarkedPinyin(text: string): string {
  return pinyin(text, { nonZh: 'consecutive' }).replace(/\s+/g, ' ').trim();
}

// Two-character surnames, in both scripts: the given name starts after them.
const compoundSurnames = new Set(
  (
    '欧阳 歐陽 司马 司馬 诸葛 諸葛 上官 东方 東方 皇甫 尉迟 尉遲 公孙 公孫 慕容 令狐 长孙 長孫 ' +
    '宇文 司徒 夏侯 轩辕 軒轅 端木 南宫 南宮 独孤 獨孤 西门 西門 澹台 澹臺 呼延 闻人 聞人 ' +
    '万俟 萬俟 百里 东郭 東郭 申屠 公冶 太史 左丘 钟离 鍾離 宗政 濮阳 濮陽 淳于 单于 單于 司空'
  ).split(' '),
);

/**
 * A Chinese personal name romanised as English writes it: surname first, the given name's
 * syllables joined, each part capitalised, no tone marks (马化腾 → "Ma Huateng", 欧阳修 →
 * "Ouyang Xiu"). Surnames are read as surnames (单 shàn, 曾 zēng). Null unless the text is a
 * name's length: two to four Han characters.
 */
export function nameRomanization(text: string): string | null {
  const name = text.trim();
  if (!/^\p{Script=Han}{2,4}$/u.test(name)) return null;
  const syllables = pinyin(name, { surname: 'head', toneType: 'none', type: 'array' });
  const surnameLength = compoundSurnames.has(name.slice(0, 2)) && name.length > 2 ? 2 : 1;
  const capitalise = (part: string) => part.charAt(0).toUpperCase() + part.slice(1);
  return [
    capitalise(syllables.slice(0, surnameLength).join('')),
    capitalise(syllables.slice(surnameLength).join('')),
  ].join(' ');
}
