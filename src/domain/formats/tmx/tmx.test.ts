import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { MemoryUnit } from '../../memory/memoryUnit';
import { decodeTmx } from './decodeTmx';
import { readTmx, type TmxPair, type TmxRead } from './readTmx';
import { formatTmxDate, parseTmxDate } from './tmxDate';
import { normaliseLanguageTag } from './tmxLanguages';
import { memoryUnitsFromTmx } from './tmxMemoryUnits';
import { writeTmx } from './writeTmx';

const fixtures = join(import.meta.dirname, '../../../../test/fixtures/tmx');

function readFixture(name: string): TmxRead {
  const decoded = decodeTmx(new Uint8Array(readFileSync(join(fixtures, name))));
  if (!decoded.ok) throw new Error(`${name}: ${decoded.problem.code}`);
  return readTmx(decoded.text);
}

function pairsOf(read: TmxRead) {
  if (!read.ok) throw new Error(`not read: ${JSON.stringify(read.problem)}`);
  return read.file.pairs.map(({ source, target, sourceLang, targetLang }) => ({
    source,
    target,
    sourceLang,
    targetLang,
  }));
}

const utc = (text: string) => parseTmxDate(text);

describe('reading TMX from other tools', () => {
  it.each([
    [
      'omegat-project_save.tmx',
      [
        {
          source: '工业互联网是新一代信息技术与制造业深度融合的产物。',
          target:
            'The industrial Internet is the product of the deep integration of new-generation information technology and manufacturing.',
          sourceLang: 'zh-CN',
          targetLang: 'en-US',
        },
        {
          source: '数字经济是继农业经济、工业经济之后的主要经济形态。',
          target:
            'The digital economy is the main economic form after the agricultural and industrial economies.',
          sourceLang: 'zh-CN',
          targetLang: 'en-US',
        },
        {
          source: '全国政协委员、腾讯公司董事会主席兼首席执行官马化腾',
          target:
            'Ma Huateng, member of the CPPCC National Committee and chairman and CEO of Tencent',
          sourceLang: 'zh-CN',
          targetLang: 'en-US',
        },
      ],
      { noChinese: 0, noEnglish: 0, empty: 1 },
    ],
    [
      'trados.tmx',
      [
        {
          source: '加强工业互联网安全保障，提升网络安全防护能力。',
          target:
            'Strengthen the security of the industrial Internet and improve cyber security protection.',
          sourceLang: 'zh-CN',
          targetLang: 'en-US',
        },
        {
          source: '支持企业建设注：含中小企业工业互联网平台。',
          target: 'Support enterprises in building industrial Internet platforms.',
          sourceLang: 'zh-CN',
          targetLang: 'en-US',
        },
      ],
      { noChinese: 0, noEnglish: 1, empty: 0 },
    ],
    [
      'memoq.tmx',
      [
        {
          source: '到2025年，工业互联网平台体系基本形成。',
          target:
            'By 2025, a system of industrial Internet platforms will have basically taken shape.',
          sourceLang: 'zh-CN',
          targetLang: 'en-US',
        },
        {
          // Two Chinese variants: the header's srclang (zh-cn) is the one taken.
          source: '推动“云计算”与实体经济深度融合',
          target: 'Promote the deep integration of cloud computing with the real economy',
          sourceLang: 'zh-CN',
          targetLang: 'en-US',
        },
      ],
      { noChinese: 1, noEnglish: 0, empty: 0 },
    ],
    [
      'translate-toolkit.tmx',
      [
        {
          source: '加快推进工业互联网创新发展',
          target: 'Accelerate the innovative development of the industrial Internet',
          sourceLang: 'zh-CN',
          targetLang: 'en',
        },
        {
          source: '数字经济已成为经济增长的新动能。',
          target: 'The digital economy has become a new driver of economic growth.',
          sourceLang: 'zh-CN',
          targetLang: 'en',
        },
        {
          source: '推动“云计算”与制造业深度融合 & 协同',
          target: 'Promote the deep integration of "cloud computing" & manufacturing',
          sourceLang: 'zh-CN',
          targetLang: 'en',
        },
      ],
      { noChinese: 0, noEnglish: 0, empty: 0 },
    ],
    [
      // UTF-16 big-endian without a byte-order mark, TMX 1.1 `lang`, a tuv without a language
      // (the header's srclang, zh-Hant), zh-Hans, en-GB, RTF codes in <ut>.
      'legacy-lang.utf16be.tmx',
      [
        {
          source: '積極推進兩會建議落實',
          target: 'Actively implement the proposals of the Two Sessions',
          sourceLang: 'zh-Hant',
          targetLang: 'en-GB',
        },
        {
          source: '产业数字化转型',
          target: 'Digital transformation of industries',
          sourceLang: 'zh-Hans',
          targetLang: 'en',
        },
      ],
      { noChinese: 0, noEnglish: 0, empty: 0 },
    ],
  ])('%s', (name, expected, skipped) => {
    const read = readFixture(name);
    expect(pairsOf(read)).toEqual(expected);
    expect(read.ok && read.file.skipped).toEqual(skipped);
  });

  it('takes the English dates, else the unit’s, else the header’s', () => {
    const omegat = readFixture('omegat-project_save.tmx');
    const trados = readFixture('trados.tmx');
    const memoq = readFixture('memoq.tmx');
    if (!omegat.ok || !trados.ok || !memoq.ok) throw new Error('not read');
    expect(omegat.file.pairs[1]).toMatchObject({
      createdAt: utc('20261120T090000Z'),
      updatedAt: utc('20261121T094500Z'),
    });
    expect(trados.file.pairs[0]).toMatchObject({
      createdAt: utc('20261102T093000Z'),
      updatedAt: utc('20261103T101500Z'),
    });
    expect(memoq.file.creationTool).toBe('memoQ');
  });

  it('reads UTF-16 with a byte-order mark and UTF-8 with one', () => {
    const text = readFileSync(join(fixtures, 'memoq.tmx'), 'utf8');
    const le = new Uint8Array([0xff, 0xfe, ...new Uint8Array(Buffer.from(text, 'utf16le'))]);
    const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new Uint8Array(Buffer.from(text, 'utf8'))]);
    for (const bytes of [le, utf8]) {
      const decoded = decodeTmx(bytes);
      expect(decoded.ok && pairsOf(readTmx(decoded.text))).toEqual(pairsOf(readTmx(text)));
    }
  });

  it.each([
    ['utf-8 that is not', new Uint8Array([0x3c, 0x74, 0xff, 0xfe, 0x3e]), 'encoding'],
    ['an empty file', new Uint8Array([0x20, 0x0a]), 'empty'],
  ])('refuses %s', (_name, bytes, code) => {
    const decoded = decodeTmx(bytes);
    expect(decoded.ok ? null : decoded.problem.code).toBe(code);
  });

  it.each<[string, string, object]>([
    ['not XML', 'TMX export', { code: 'notXml', line: 1 }],
    [
      'unclosed element',
      '<tmx version="1.4"><header/><body><tu><tuv xml:lang="zh"><seg>中</seg></tuv></body></tmx>',
      { code: 'notXml', line: 1 },
    ],
    [
      'entities',
      '<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaa">]><tmx><body/></tmx>',
      { code: 'entities' },
    ],
    ['another XML format', '<xliff version="1.2"/>', { code: 'notTmx', element: 'xliff' }],
    ['no body', '<tmx version="1.4"><header srclang="zh"/></tmx>', { code: 'noBody' }],
    [
      'a tuv without seg',
      '<tmx version="1.4"><header/><body><tu><tuv xml:lang="zh"/><tuv xml:lang="en"><seg>a</seg></tuv></tu></body></tmx>',
      { code: 'noSeg', unit: 1 },
    ],
    [
      'no Chinese/English pair',
      '<tmx version="1.4"><header/><body><tu><tuv xml:lang="de"><seg>a</seg></tuv><tuv xml:lang="en"><seg>a</seg></tuv></tu></body></tmx>',
      { code: 'noPairs', units: 1 },
    ],
  ])('refuses %s, naming the problem', (_name, xml, problem) => {
    const read = readTmx(xml);
    expect(read.ok).toBe(false);
    expect(read.ok ? null : read.problem).toMatchObject(problem);
  });
});

describe('language tags and dates', () => {
  it.each([
    ['ZH-CN', 'zh-CN'],
    ['zh_tw', 'zh-TW'],
    ['zh-hant', 'zh-Hant'],
    ['ZH-HANS-CN', 'zh-Hans-CN'],
    ['en-us', 'en-US'],
    ['EN', 'en'],
    ['es-419', 'es-419'],
  ])('%s → %s', (tag, normalised) => {
    expect(normaliseLanguageTag(tag)).toBe(normalised);
  });

  it.each([
    ['20261127T105600Z', Date.UTC(2026, 10, 27, 10, 56, 0)],
    ['20261345T105600Z', null],
    ['2026-11-27T10:56:00Z', null],
    ['', null],
  ])('TMX date %s', (text, time) => {
    expect(parseTmxDate(text)).toBe(time);
    if (time !== null) expect(formatTmxDate(time)).toBe(text);
  });
});

const created = Date.UTC(2026, 10, 20, 8, 30, 15);
const units: MemoryUnit[] = [
  {
    id: 'project:p1:s1',
    source: '加快推进工业互联网创新发展',
    target: 'Accelerate the innovative development of the industrial Internet',
    sourceLang: 'zh-Hant',
    targetLang: 'en',
    origin: { kind: 'project', projectId: 'p1', segmentId: 's1', projectName: '提案 <2018> & co' },
    projectId: 'p1',
    createdAt: created,
    updatedAt: created + 60_000,
  },
  {
    id: 'project:p1:s2',
    source: '推動「雲計算」與實體經濟深度融合',
    target: 'Promote "cloud computing" & <the real economy>\nsecond line',
    sourceLang: 'zh-Hant',
    targetLang: 'en',
    origin: { kind: 'project', projectId: 'p1', segmentId: 's2', projectName: '提案 <2018> & co' },
    projectId: 'p1',
    createdAt: created,
    updatedAt: created,
  },
  {
    id: 'tmx:memoq.tmx:sabc',
    source: '数字经济',
    target: 'digital economy',
    sourceLang: 'zh-CN',
    targetLang: 'en-US',
    origin: { kind: 'tmx', file: 'memoq.tmx' },
    createdAt: created - 86_400_000,
    updatedAt: created - 86_400_000,
  },
];

describe('writing TMX 1.4b', () => {
  const xml = writeTmx(units);

  it('is a golden file', async () => {
    await expect(xml).toMatchFileSnapshot('../../../../test/fixtures/golden/memory.tmx');
  });

  it('round-trips: the export reads back to the same units', () => {
    const read = readTmx(xml);
    if (!read.ok) throw new Error(read.problem.code);
    const expected: Partial<TmxPair>[] = units.map((unit) => ({
      source: unit.source,
      target: unit.target,
      sourceLang: unit.sourceLang,
      targetLang: unit.targetLang,
      tuid: unit.id,
      createdAt: unit.createdAt,
      updatedAt: unit.updatedAt,
      origin: unit.origin.kind === 'project' ? unit.origin.projectName : unit.origin.file,
    }));
    expect(read.file.pairs).toEqual(expected);
    expect(read.file.srcLang).toBe('*all*');
    const imported = memoryUnitsFromTmx(read.file, 'memory.tmx', 0);
    expect(imported.map(({ source, target }) => ({ source, target }))).toEqual(
      units.map(({ source, target }) => ({ source, target })),
    );
    // Importing the same file again gives the same ids: its units are replaced, not doubled.
    expect(memoryUnitsFromTmx(read.file, 'memory.tmx', 1).map((unit) => unit.id)).toEqual(
      imported.map((unit) => unit.id),
    );
    expect(imported[2]?.origin).toEqual({ kind: 'tmx', file: 'memory.tmx' });
  });

  it('writes an empty memory as a valid file with no units', () => {
    const empty = writeTmx([]);
    expect(empty).toContain('<body>\n  </body>');
    expect(readTmx(empty)).toMatchObject({ ok: false, problem: { code: 'noPairs', units: 0 } });
  });
});

// translate-toolkit is the independent reader the issue names. It is a Python package (Debian's
// translate-toolkit); CI installs it, elsewhere the test is skipped when it is missing.
const toolkitPython = ['/usr/bin/python3', 'python3'].find((python) => {
  try {
    execFileSync(python, ['-c', 'import translate.storage.tmx'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
});
if (process.env.CI && !toolkitPython)
  throw new Error('translate-toolkit is required in CI (apt-get install translate-toolkit)');

describe.skipIf(!toolkitPython)('translate-toolkit reads our export', () => {
  it('finds the same units', () => {
    const directory = mkdtempSync(join(tmpdir(), 'tmx-'));
    const file = join(directory, 'memory.tmx');
    writeFileSync(file, writeTmx(units));
    expect(existsSync(file)).toBe(true);
    const script = [
      'import json, sys',
      'from translate.storage import tmx',
      'store = tmx.tmxfile.parsefile(sys.argv[1])',
      'print(json.dumps([[u.source, u.target] for u in store.units]))',
    ].join('\n');
    const output = execFileSync(toolkitPython ?? 'python3', ['-c', script, file], {
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual(units.map((unit) => [unit.source, unit.target]));
  });
});

// OmegaT (Debian's `omegat`, 3.6) auto-fills exact matches from a TMX in the project's tm/auto:
// our export must come out as the translated document. Skipped where OmegaT is not installed.
const omegatJar = '/usr/share/omegat/OmegaT.jar';

describe.skipIf(!existsSync(omegatJar))('OmegaT reads our export', () => {
  it('translates a document from it', { timeout: 180_000 }, () => {
    const project = mkdtempSync(join(tmpdir(), 'omegat-'));
    for (const folder of ['source', 'target', 'tm/auto', 'omegat', 'glossary', 'dictionary'])
      mkdirSync(join(project, folder), { recursive: true });
    const [first, second] = units;
    if (!first || !second) throw new Error('no sample units');
    writeFileSync(join(project, 'source/p.txt'), `${first.source}\n\n${second.source}\n`);
    writeFileSync(join(project, 'tm/auto/memory.tmx'), writeTmx([first, second]));
    writeFileSync(
      join(project, 'omegat.project'),
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat><project version="1.0">
<source_dir>__DEFAULT__</source_dir><source_dir_excludes></source_dir_excludes>
<target_dir>__DEFAULT__</target_dir><tm_dir>__DEFAULT__</tm_dir>
<glossary_dir>__DEFAULT__</glossary_dir><glossary_file>__DEFAULT__</glossary_file>
<dictionary_dir>__DEFAULT__</dictionary_dir>
<source_lang>ZH-TW</source_lang><target_lang>EN</target_lang>
<source_tok>org.omegat.tokenizer.LuceneSmartChineseTokenizer</source_tok>
<target_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</target_tok>
<sentence_seg>false</sentence_seg><support_default_translations>true</support_default_translations>
<remove_tags>false</remove_tags>
</project></omegat>
`,
    );
    execFileSync(
      'java',
      ['-Djava.awt.headless=true', '-jar', omegatJar, project, '--mode=console-translate'],
      { stdio: 'ignore' },
    );
    expect(readFileSync(join(project, 'target/p.txt'), 'utf8')).toBe(
      `${first.target}\n\n${second.target}\n`,
    );
  });
});
