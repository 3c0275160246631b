import { useCallback, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  DictionaryAnswer,
  DictionaryAnswerEntry,
  DictionaryAnswerWord,
} from '../../domain/dictionary/dictionaryQuery';
import { workerDictionary, type DictionaryService } from './dictionaryService';
import { sourceQuery } from './sourceQuery';
import './dictionary.css';

interface DictionaryPanelProps {
  /** A headword and the definition chosen for it, for the glossary's add form. */
  onAddToGlossary: (source: string, target: string) => void;
  /** Text for the caret in the English. */
  onInsert: (text: string) => void;
  service?: DictionaryService;
}

type Shown =
  | { state: 'idle' }
  | { state: 'looking'; text: string }
  | { state: 'answered'; answer: DictionaryAnswer };

/**
 * CC-CEDICT and pinyin for what the translator selects in a source cell, or the word at the
 * caret there: each word's headword in both scripts, pinyin, definitions to insert or to add to
 * the glossary; the selection's pinyin, also as a name, even where the dictionary has no entry.
 */
export function DictionaryPanel({
  onAddToGlossary,
  onInsert,
  service = workerDictionary,
}: DictionaryPanelProps) {
  const { t } = useTranslation();
  const titleId = useId();
  const [shown, setShown] = useState<Shown>({ state: 'idle' });
  const asked = useRef(0);
  const lastQuery = useRef('');

  // Each selection change asks at once (the worker answers in milliseconds); a query the same
  // as the last one (a drag that did not change the selection's text) is not asked again.
  const lookUp = useCallback(() => {
    const query = sourceQuery(document.getSelection());
    if (!query) return;
    const key = JSON.stringify(query);
    if (key === lastQuery.current) return;
    lastQuery.current = key;
    const ask = (asked.current += 1);
    // An answer on show stays until the next one arrives: no flash between two look-ups.
    if (!('caret' in query)) {
      const text = query.text;
      setShown((current) => (current.state === 'answered' ? current : { state: 'looking', text }));
    }
    const started = performance.now();
    void service.query(query).then((answer) => {
      // A later selection has been asked meanwhile: its answer is the one to show.
      if (ask !== asked.current || !answer) return;
      // A User Timing entry: the benchmark (test/bench/dictionary.ts) reads it.
      performance.measure('dictionary lookup', { start: started, end: performance.now() });
      setShown({ state: 'answered', answer });
      // Without the dictionary (offline before its first download), the same selection asks again.
      if (answer.words === null) lastQuery.current = '';
    });
  }, [service]);

  useEffect(() => {
    service.warm();
    // What is selected when the tab opens is looked up at once.
    lookUp();
    document.addEventListener('selectionchange', lookUp);
    return () => document.removeEventListener('selectionchange', lookUp);
  }, [service, lookUp]);

  return (
    <section className="dictionary" aria-labelledby={titleId}>
      <h2 id={titleId} className="dictionary__title">
        {t('dictionary.title')}
      </h2>
      <div aria-live="polite" aria-busy={shown.state === 'looking'}>
        {shown.state === 'idle' ? <p className="field__hint">{t('dictionary.hint')}</p> : null}
        {shown.state === 'looking' ? (
          <p className="field__hint">{t('dictionary.looking', { text: shown.text })}</p>
        ) : null}
        {shown.state === 'answered' ? (
          <Answer answer={shown.answer} onAddToGlossary={onAddToGlossary} onInsert={onInsert} />
        ) : null}
      </div>
      <p className="dictionary__credit">
        {t('dictionary.creditBefore')}
        <a href="https://cc-cedict.org/wiki/" target="_blank" rel="noreferrer">
          {t('dictionary.creditName')}
        </a>
        {', '}
        <a href="https://creativecommons.org/licenses/by-sa/4.0/" target="_blank" rel="noreferrer">
          {t('dictionary.creditLicence')}
        </a>
      </p>
    </section>
  );
}

function Answer({
  answer,
  onAddToGlossary,
  onInsert,
}: {
  answer: DictionaryAnswer;
  onAddToGlossary: DictionaryPanelProps['onAddToGlossary'];
  onInsert: DictionaryPanelProps['onInsert'];
}) {
  const { t } = useTranslation();
  return (
    <>
      <p className="dictionary__query" lang="zh">
        {answer.text}
      </p>
      <dl className="dictionary__readings">
        <dt>{t('dictionary.pinyin')}</dt>
        <dd>
          <span lang="zh-Latn-pinyin">{answer.reading}</span>{' '}
          <InsertButton text={answer.reading} onInsert={onInsert} />
        </dd>
        {answer.name ? (
          <>
            <dt>{t('dictionary.asName')}</dt>
            <dd>
              <span lang="en">{answer.name}</span>{' '}
              <InsertButton text={answer.name} onInsert={onInsert} />
            </dd>
          </>
        ) : null}
      </dl>
      {answer.words === null ? (
        <p role="alert" className="field__error">
          {t('dictionary.unavailable')}
        </p>
      ) : answer.words.length === 0 ? (
        <p className="field__hint">{t('dictionary.noEntry', { text: answer.text })}</p>
      ) : (
        <ol className="dictionary__words">
          {answer.words.map((word, index) => (
            <Word
              key={`${index}-${word.text}`}
              word={word}
              onAddToGlossary={onAddToGlossary}
              onInsert={onInsert}
            />
          ))}
        </ol>
      )}
    </>
  );
}

function Word({
  word,
  onAddToGlossary,
  onInsert,
}: {
  word: DictionaryAnswerWord;
  onAddToGlossary: DictionaryPanelProps['onAddToGlossary'];
  onInsert: DictionaryPanelProps['onInsert'];
}) {
  return (
    <li className="dictionary-word">
      {word.entries.map((entry, index) => (
        <Entry
          key={index}
          entry={entry}
          // The glossary gets the headword in the script the source writes it in.
          headword={word.text === entry.simplified ? entry.simplified : entry.traditional}
          onAddToGlossary={onAddToGlossary}
          onInsert={onInsert}
        />
      ))}
    </li>
  );
}

function Entry({
  entry,
  headword,
  onAddToGlossary,
  onInsert,
}: {
  entry: DictionaryAnswerEntry;
  headword: string;
  onAddToGlossary: DictionaryPanelProps['onAddToGlossary'];
  onInsert: DictionaryPanelProps['onInsert'];
}) {
  const { t } = useTranslation();
  return (
    <div className="dictionary-entry">
      <p className="dictionary-entry__head">
        <span lang="zh-Hant">{entry.traditional}</span>
        {entry.simplified !== entry.traditional ? (
          <>
            {' '}
            <span lang="zh-Hans">{entry.simplified}</span>
          </>
        ) : null}{' '}
        <span className="dictionary-entry__pinyin" lang="zh-Latn-pinyin">
          {entry.pinyin}
        </span>
      </p>
      <ol className="dictionary-entry__definitions">
        {entry.definitions.map((definition, index) => (
          <li key={index}>
            <span lang="en">{definition}</span>
            <span className="dictionary-entry__actions">
              <InsertButton text={definition} onInsert={onInsert} />
              <button
                type="button"
                aria-label={t('dictionary.addToGlossaryNamed', { text: definition })}
                onClick={() => onAddToGlossary(headword, definition)}
              >
                {t('dictionary.addToGlossary')}
              </button>
            </span>
          </li>
        ))}
      </ol>
    </div>
  );
}

function InsertButton({ text, onInsert }: { text: string; onInsert: (text: string) => void }) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      aria-label={t('dictionary.insertNamed', { text })}
      // Keep the caret in the editor: the click must not take focus from it.
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => onInsert(text)}
    >
      {t('dictionary.insert')}
    </button>
  );
}
