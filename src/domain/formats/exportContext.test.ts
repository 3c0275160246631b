import { describe, expect, it } from 'vitest';
import { sampleDocument } from '../../../test/helpers/sampleDocument';
import { makeCharFold } from '../glossary/charFold';
import { TermMatcher } from '../glossary/TermMatcher';
import { loadScriptConverter } from '../script/convertScript';
import type { ScriptView } from '../script/scriptView';
import { buildExportContext, type ExportLabels } from './exportContext';
import { exportProject } from './exportProject';

const labels: ExportLabels = {
  placeholder: '[pending]',
  bilingualTitle: (name) => `${name} — review`,
  number: '#',
  source: 'Source',
  translation: 'English translation',
  notes: 'Notes',
  status: 'Status',
  statusName: (status) => status,
};

async function contextFor(script: ScriptView) {
  const matcher = new TermMatcher(makeCharFold(await loadScriptConverter('zh-Hans')));
  matcher.setTerms(sampleDocument.glossary);
  const entriesById = new Map(sampleDocument.glossary.map((entry) => [entry.id, entry]));
  return buildExportContext(
    sampleDocument.project,
    { script, untranslated: 'placeholder', translatorName: ' Lin Wei ' },
    { findTerms: (text) => matcher.find(text), entriesById },
    labels,
  );
}

describe('the export context', () => {
  it.each([
    ['original', 'zh-Hant', '產業互聯網', '數字經濟是發展的高級階段。'],
    ['zh-Hans', 'zh-Hans', '产业互联网', '数字经济是发展的高级阶段。'],
    ['zh-Hant-TW', 'zh-Hant-TW', '產業互聯網', '數字經濟是發展的高級階段。'],
  ] as const)(
    'shows the bilingual source in the script view %s, as XLIFF does',
    async (script, lang, heading, paragraph) => {
      const context = await contextFor(script);
      const bilingual = await exportProject(sampleDocument, 'bilingual', context);
      expect(bilingual.content).toContain(`<td lang="${lang}">${heading}</td>`);
      expect(bilingual.content).toContain(`<td lang="${lang}">${paragraph}</td>`);
      const xliff = await exportProject(sampleDocument, 'xliff2', context);
      expect(xliff.content).toContain(`srcLang="${lang}"`);
      expect(xliff.content).toContain(`<source>${heading}</source>`);
    },
  );

  it('finds glossary terms whatever the script, each entry once', async () => {
    const context = await contextFor('original');
    expect(context.termsIn('产业互联网和產業互聯網').map((entry) => entry.id)).toEqual(['g1']);
    expect(context.termsIn('數字經濟')).toEqual([]);
  });

  it('names the trimmed translator as the author', async () => {
    expect((await contextFor('original')).author).toBe('Lin Wei');
  });

  it('titles the bilingual review after the project', async () => {
    expect((await contextFor('original')).bilingual.title).toBe('Sample & <proposal> — review');
  });
});
