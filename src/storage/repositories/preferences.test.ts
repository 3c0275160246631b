import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzRuns, timed } from '../../../test/fuzz/mutate';
import { freshDb } from '../../../test/helpers/testDb';
import { uiLanguages } from '../../i18n/languages';
import { scriptViews } from '../../domain/script/scriptView';
import {
  getStoredPreferences,
  readPreferences,
  sidePanelTabs,
  sidePanelWidths,
  textSizes,
  themes,
  type Preferences,
} from './settings';

const defaults: Preferences = {
  uiLanguage: 'zh-Hant',
  sourceScript: 'original',
  showReadings: false,
  showGlossary: true,
  sidePanelTab: 'glossary',
  sidePanelWidth: sidePanelWidths.initial,
  theme: 'system',
  textSize: 'medium',
  notesColumn: false,
  translatorName: '',
  propagateRepetitions: true,
  memoryMinScore: 50,
};

describe('preferences read back from the settings table', () => {
  it('are the defaults when nothing is stored (interface language from the browser)', () => {
    expect(readPreferences({}, ['zh-TW', 'en'])).toEqual(defaults);
  });

  it('keep every value the app writes', () => {
    const stored: Preferences = {
      uiLanguage: 'zh-Hans',
      sourceScript: 'zh-Hans',
      showReadings: true,
      showGlossary: false,
      sidePanelTab: 'glossary',
      sidePanelWidth: 500,
      theme: 'dark',
      textSize: 'large',
      notesColumn: true,
      translatorName: 'Lin Wei',
      propagateRepetitions: false,
      memoryMinScore: 70,
    };
    expect(readPreferences({ ...stored }, ['en'])).toEqual(stored);
  });

  it.each<[keyof Preferences, unknown, unknown]>([
    ['uiLanguage', 'fr', 'zh-Hant'],
    ['sourceScript', 'pinyin', 'original'],
    ['showReadings', 'yes', false],
    ['showGlossary', 0, true],
    ['sidePanelTab', 'history', 'glossary'],
    ['sidePanelWidth', 10_000, sidePanelWidths.max],
    ['sidePanelWidth', Number.NaN, sidePanelWidths.initial],
    ['sidePanelWidth', '360', sidePanelWidths.initial],
    ['theme', { dark: true }, 'system'],
    ['textSize', null, 'medium'],
    ['notesColumn', 'true', false],
    ['translatorName', 42, ''],
    ['propagateRepetitions', 'no', true],
    ['memoryMinScore', 30, 50],
    ['memoryMinScore', 72.5, 50],
    ['memoryMinScore', '70', 50],
    ['translatorName', 'x'.repeat(5000), 'x'.repeat(200)],
  ])('turn a stored %s of %j into %j', (key, value, expected) => {
    expect(readPreferences({ [key]: value }, ['zh-TW'])[key]).toEqual(expected);
  });

  it('ignore a key inherited from Object.prototype', () => {
    const stored = Object.create({ theme: 'dark' }) as Record<string, unknown>;
    expect(readPreferences(stored, ['en']).theme).toBe('system');
  });

  it('always give preferences of the right kinds, whatever the rows hold', () => {
    const keys = Object.keys(defaults);
    fc.assert(
      fc.property(
        fc.dictionary(fc.oneof(fc.constantFrom(...keys), fc.string()), fc.anything()),
        fc.array(fc.string(), { maxLength: 3 }),
        (stored, languages) => {
          const preferences = timed(() => readPreferences(stored, languages));
          expect(Object.keys(preferences).sort()).toEqual([...keys].sort());
          expect(uiLanguages).toContain(preferences.uiLanguage);
          expect(scriptViews).toContain(preferences.sourceScript);
          expect(sidePanelTabs).toContain(preferences.sidePanelTab);
          expect(themes).toContain(preferences.theme);
          expect(textSizes).toContain(preferences.textSize);
          expect(typeof preferences.showReadings).toBe('boolean');
          expect(typeof preferences.showGlossary).toBe('boolean');
          expect(typeof preferences.notesColumn).toBe('boolean');
          expect(typeof preferences.translatorName).toBe('string');
          expect(typeof preferences.propagateRepetitions).toBe('boolean');
          expect(preferences.sidePanelWidth).toBeGreaterThanOrEqual(sidePanelWidths.min);
          expect(preferences.sidePanelWidth).toBeLessThanOrEqual(sidePanelWidths.max);
          expect(preferences.memoryMinScore).toBeGreaterThanOrEqual(50);
          expect(preferences.memoryMinScore).toBeLessThanOrEqual(100);
        },
      ),
      { numRuns: fuzzRuns },
    );
  });

  it('come from the stored rows', async () => {
    const db = freshDb();
    await db.settings.bulkPut([
      { key: 'theme', value: 'dark' },
      { key: 'view:p1', value: { scrollTop: 3 } },
      { key: 'textSize', value: 'enormous' },
    ]);
    expect(readPreferences(await getStoredPreferences(db), ['en'])).toMatchObject({
      theme: 'dark',
      textSize: 'medium',
    });
    db.close();
  });
});
