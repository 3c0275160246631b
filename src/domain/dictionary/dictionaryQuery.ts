import { foldText } from '../glossary/charFold';
import type { Dictionary } from './dictionaryAsset';
import { markReadingsInDefinition, numberedToMarked } from './pinyinMarks';
import { nameRomanization, toneMarkedPinyin } from './romanize';

/** What the Dictionary panel asks: a selection, or the word at the caret in a source text. */
export type DictionaryQuery = { text: string } | { text: string; caret: number };

export interface DictionaryAnswerEntry {
  traditional: string;
  simplified: string;
  /** Tone marks: "Mǎ Huà téng". */
  pinyin: string;
  definitions: string[];
}

export interface DictionaryAnswerWord {
  text: string;
  entries: DictionaryAnswerEntry[];
}

export interface DictionaryAnswer {
  /** The text the answer is about: the selection, or the word found at the caret. */
  text: string;
  /** The text's dictionary words, longest first from the left; null when the dictionary is unavailable. */
  words: DictionaryAnswerWord[] | null;
  /** Hanyu Pinyin with tone marks for the whole text. */
  reading: string;
  /** The text romanised as a personal name ("Ma Huateng"), when it is a name's length. */
  name: string | null;
}

/**
 * Answers one query from the dictionary (null while it cannot be had) and pinyin-pro: pinyin is
 * given for any text, also one the dictionary does not know.
 */
export function answerQuery(
  query: DictionaryQuery,
  dictionary: Dictionary | null,
): DictionaryAnswer | null {
  let text = query.text.trim();
  let words: DictionaryAnswerWord[] | null = null;
  if ('caret' in query) {
    const word = dictionary?.wordAt(query.text, query.caret);
    if (!word) return null;
    text = word.text;
    words = [{ text: word.text, entries: word.entries.map(display) }];
  } else if (dictionary) {
    words = dictionary
      .segment(text)
      .map((word) => ({ text: word.text, entries: word.entries.map(display) }));
  }
  if (text === '') return null;
  // pinyin-pro reads surnames better in Simplified (單 as a surname: Shan, not Dan).
  const simplified = dictionary ? foldText(text, dictionary.fold) : text;
  return { text, words, reading: toneMarkedPinyin(text), name: nameRomanization(simplified) };
}

function display(entry: {
  traditional: string;
  simplified: string;
  pinyin: string;
  definitions: string[];
}): DictionaryAnswerEntry {
  return {
    traditional: entry.traditional,
    simplified: entry.simplified,
    pinyin: numberedToMarked(entry.pinyin),
    definitions: entry.definitions.map(markReadingsInDefinition),
  };
}
