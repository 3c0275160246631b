// @vitest-environment node
/**
 * OmegaT 3.6 (Debian's `omegat`, console mode) on our XLIFF 1.2 export of the proposal. OmegaT
 * offers only units that already have a <target> and translates what that target holds, so the
 * export's "copy the source into empty targets" option is what makes it see every segment. In
 * CI (.ci/run installs omegat) this test always runs; elsewhere it is skipped only where OmegaT
 * is not installed.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { proposal } from '../bench/proposalProject';
import { readXliff } from '../../src/domain/formats/xliff/readXliff';
import { writeXliff12 } from '../../src/domain/formats/xliff/writeXliff12';
import { xmlText } from '../../src/domain/formats/xml/escapeXml';
import { emptyRichText } from '../../src/domain/model/richText';
import type { ProjectDocument } from '../../src/domain/project/projectDocument';

const omegatJar = '/usr/share/omegat/OmegaT.jar';
const installed = existsSync(omegatJar) && existsSync('/usr/bin/java');
const run = promisify(execFile);

const document: ProjectDocument = {
  project: {
    id: 'p',
    name: 'proposal',
    sourceLang: proposal.sourceLang,
    targetLang: 'en',
    segmentCount: proposal.segments.length,
    cleaning: proposal.cleaning,
    createdAt: 1,
    updatedAt: 1,
  },
  segments: proposal.segments.map((segment) => ({
    ...segment,
    projectId: 'p',
    translation: emptyRichText(),
    translationText: '',
    notes: emptyRichText(),
    notesText: '',
    status: 'untranslated',
    updatedAt: 1,
  })),
  glossary: [],
};

// One paragraph per OmegaT segment (no sentence segmentation), so segments count units.
const omegatProject = `<?xml version="1.0" encoding="UTF-8" standalone="no"?>
<omegat>
  <project version="1.0">
    <source_dir>__DEFAULT__</source_dir>
    <source_dir_excludes/>
    <target_dir>__DEFAULT__</target_dir>
    <tm_dir>__DEFAULT__</tm_dir>
    <glossary_dir>__DEFAULT__</glossary_dir>
    <glossary_file>__DEFAULT__</glossary_file>
    <dictionary_dir>__DEFAULT__</dictionary_dir>
    <source_lang>zh-TW</source_lang>
    <target_lang>en</target_lang>
    <source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok>
    <target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
    <sentence_seg>false</sentence_seg>
    <support_default_translations>true</support_default_translations>
    <remove_tags>false</remove_tags>
  </project>
</omegat>
`;

/** OmegaT's working memory, as if the translator had translated the first two segments. */
const translatedInOmegat = (sources: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" segtype="paragraph" srclang="zh-TW" creationtoolversion="3.6.0"/><body>
${sources.map((source, index) => `<tu><tuv lang="zh-TW"><seg>${xmlText(source)}</seg></tuv><tuv lang="en"><seg>Translated in OmegaT ${index + 1}</seg></tuv></tu>`).join('\n')}
</body></tmx>
`;

let directory = '';
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'omegat-'));
});
afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

/** Runs OmegaT's console translation on one XLIFF file; returns its statistics and output. */
async function translateWithOmegat(name: string, xliff: string, memory = '') {
  const project = join(directory, name);
  for (const folder of ['source', 'target', 'tm', 'glossary', 'dictionary', 'omegat'])
    await mkdir(join(project, folder), { recursive: true });
  await writeFile(join(project, 'omegat.project'), omegatProject);
  await writeFile(join(project, 'source', 'proposal.xlf'), xliff);
  if (memory) await writeFile(join(project, 'omegat', 'project_save.tmx'), memory);
  await run(
    'java',
    [
      '-Djava.awt.headless=true',
      '-jar',
      omegatJar,
      project,
      '--mode=console-translate',
      `--config-dir=${join(project, 'config')}`,
      '--quiet',
    ],
    { timeout: 60_000 },
  );
  const statistics = await readFile(join(project, 'omegat', 'project_stats.txt'), 'utf8');
  const total = /^Total:\s+(\d+)/m.exec(statistics)?.[1];
  return {
    segments: Number(total ?? NaN),
    output: await readFile(join(project, 'target', 'proposal.xlf'), 'utf8'),
  };
}

describe.skipIf(!installed && !process.env.CI)('OmegaT 3.6 on our XLIFF 1.2 export', () => {
  const options = { srcLang: 'zh-Hant', convertSource: (text: string) => text };
  const translatable = document.segments.length;

  it('sees every translatable segment only with a copy of the source in empty targets', async () => {
    const plain = await translateWithOmegat('plain', writeXliff12(document, options));
    const copied = await translateWithOmegat(
      'copied',
      writeXliff12(document, { ...options, emptyTargets: 'source' }),
    );
    expect({ without: plain.segments, with: copied.segments }).toEqual({
      without: 0,
      with: translatable,
    });
  }, 90_000);

  it('gives back what was translated there on the same ids, the rest still untranslated', async () => {
    const sources = document.segments.slice(0, 2).map((segment) => segment.source);
    const { output } = await translateWithOmegat(
      'translated',
      writeXliff12(document, { ...options, emptyTargets: 'source' }),
      translatedInOmegat(sources),
    );
    const read = readXliff(output);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.file.units.map((unit) => unit.id)).toEqual(
      document.segments.map((segment) => segment.id),
    );
    expect(read.file.units.map((unit) => [unit.translationText, unit.status]).slice(0, 3)).toEqual([
      ['Translated in OmegaT 1', 'draft'],
      ['Translated in OmegaT 2', 'draft'],
      ['', 'untranslated'],
    ]);
    expect(read.file.units.filter((unit) => unit.status === 'untranslated')).toHaveLength(
      translatable - 2,
    );
  }, 90_000);
});
