// @vitest-environment node
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import en from '../../locales/en/translation.json';
import { sampleDocument } from '../../test/helpers/sampleDocument';
import { writeProjectFile } from '../domain/formats/projectFile/projectFile';
import { writeDocx } from '../domain/formats/publication/writeDocx';
import { writeXliff2 } from '../domain/formats/xliff/writeXliff2';
import { runExport } from './export';

describe('npm run export', () => {
  it('writes the same XLIFF the serializer gives the browser', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'export-'));
    const input = join(directory, 'project.json');
    const out = join(directory, 'out.xlf');
    await writeFile(input, writeProjectFile(sampleDocument));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await runExport([input, '--format', 'xliff2', '--out', out])).toBe(0);
    const expected = writeXliff2(sampleDocument, {
      srcLang: 'zh-Hant',
      convertSource: (text) => text,
      termsIn: (source) => sampleDocument.glossary.filter((entry) => source.includes(entry.source)),
    });
    expect(await readFile(out, 'utf8')).toBe(expected);
  });

  it('writes a Word file with the document the serializer gives the browser', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'export-'));
    const input = join(directory, 'project.json');
    const out = join(directory, 'out.docx');
    await writeFile(input, writeProjectFile(sampleDocument));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await runExport([input, '--format', 'docx', '--out', out])).toBe(0);
    const written = new Uint8Array(await readFile(out));
    expect(strFromU8(written.subarray(0, 2))).toBe('PK');
    // Byte for byte, on another day too: the file is dated by the project, not the clock.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2031-05-06T07:08:09Z'));
    try {
      expect(written).toEqual(
        await writeDocx(sampleDocument, 'placeholder', en.export.placeholder, ''),
      );
    } finally {
      vi.useRealTimers();
    }
    const core = strFromU8(unzipSync(written)['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">1980-01-02T00:00:00Z<');
  });

  it('names the translator given with --translator as the Word file’s author', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'export-'));
    const input = join(directory, 'project.json');
    const out = join(directory, 'out.docx');
    await writeFile(input, writeProjectFile(sampleDocument));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const args = [input, '--format', 'docx', '--out', out, '--translator', 'Lin Wei'];
    expect(await runExport(args)).toBe(0);
    const core = strFromU8(unzipSync(await readFile(out))['docProps/core.xml'] ?? new Uint8Array());
    expect(core).toContain('<dc:creator>Lin Wei</dc:creator>');
    expect(core).not.toContain('Sample');
  });

  it('publishes an XLIFF file from another tool', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'export-'));
    const input = join(directory, 'memo.xlf');
    const out = join(directory, 'memo.md');
    await writeFile(
      input,
      `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="memo" source-language="zh-CN" datatype="plaintext"><body>
<trans-unit id="1" restype="x-heading"><source>数字经济</source><target state="translated">Digital economy</target></trans-unit>
<trans-unit id="2"><source>新基建。</source><target state="translated">New infrastructure.</target></trans-unit>
</body></file></xliff>`,
    );
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    expect(await runExport([input, '--format', 'md', '--out', out])).toBe(0);
    expect(await readFile(out, 'utf8')).toBe('# Digital economy\n\nNew infrastructure.\n');
  });

  it('marks untranslated and draft segments unless told to leave them out', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'export-'));
    const input = join(directory, 'project.json');
    await writeFile(input, writeProjectFile(sampleDocument));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    const markdown = async (...options: string[]) => {
      const out = join(directory, 'out.md');
      expect(await runExport([input, '--format', 'md', '--out', out, ...options])).toBe(0);
      return readFile(out, 'utf8');
    };
    expect(await markdown()).toContain('*\\[Translation pending\\]*');
    expect(await markdown('--untranslated', 'source')).toContain('數字經濟是發展的高級階段。');
    expect(await markdown('--untranslated', 'omit')).not.toContain('Translation pending');
  });

  it('refuses bad arguments and bad input', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await runExport(['x.json', '--format', 'pdf', '--out', 'y'])).toBe(2);
    expect(await runExport(['x.json', '--format', 'docx', '--out', 'y', '--translator'])).toBe(2);
    const directory = await mkdtemp(join(tmpdir(), 'export-'));
    const input = join(directory, 'bad.json');
    await writeFile(input, '{}');
    expect(await runExport([input, '--format', 'md', '--out', join(directory, 'o.md')])).toBe(1);
    const xliff = join(directory, 'bad.xlf');
    await writeFile(xliff, '<xliff version="9" xmlns="urn:oasis:names:tc:xliff:document:2.0"/>');
    expect(await runExport([xliff, '--format', 'md', '--out', join(directory, 'o.md')])).toBe(1);
  });

  it('says in one line why an input cannot be read, and exits non-zero', async () => {
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line));
    const directory = await mkdtemp(join(tmpdir(), 'export-'));
    const out = join(directory, 'o.md');
    const cases: [string, string | Uint8Array | null, string][] = [
      ['missing.xlf', null, 'missing.xlf: cannot read the input (no such file)'],
      [
        'v3.xlf',
        '<xliff version="3.0" xmlns="urn:oasis:names:tc:xliff:document:3.0"/>',
        'v3.xlf: not a readable XLIFF file: XLIFF version “3.0” is not supported; XLIFF 2.0–2.2, 1.2 and 1.1 are.',
      ],
      [
        'latin.xlf',
        new Uint8Array([...new TextEncoder().encode('<xliff>'), 0xff, 0xfe, 0x41]),
        'latin.xlf: The file is not valid UTF-8 text (the encoding its byte-order mark or XML declaration names).',
      ],
      [
        'dtd.xlf',
        '<!DOCTYPE xliff [<!ENTITY a "aaaa">]><xliff/>',
        'dtd.xlf: not a readable XLIFF file: The file declares XML entities, which are refused for safety.',
      ],
    ];
    for (const [name, content, message] of cases) {
      const input = join(directory, name);
      if (content !== null) await writeFile(input, content);
      errors.length = 0;
      expect(await runExport([input, '--format', 'md', '--out', out])).toBe(1);
      expect(errors).toEqual([join(directory, message)]);
    }
  });

  it('copies the source into empty XLIFF targets with --empty-targets source', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'export-'));
    const input = join(directory, 'project.json');
    const out = join(directory, 'out.xlf');
    await writeFile(input, writeProjectFile(sampleDocument));
    vi.spyOn(console, 'log').mockImplementation(() => undefined);
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(
      await runExport([input, '--format', 'xliff12', '--out', out, '--empty-targets', 'source']),
    ).toBe(0);
    expect(await readFile(out, 'utf8')).toContain(
      '<target state="new">(免責聲明:本網站內容)</target>',
    );
    expect(
      await runExport([input, '--format', 'xliff12', '--out', out, '--empty-targets', 'x']),
    ).toBe(2);
  });

  it('writes the query sheet of the open comments with --format queries-csv|queries-html', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'export-'));
    const [first, ...rest] = sampleDocument.segments;
    if (!first) throw new Error('the sample has segments');
    const base = {
      span: { offset: 0, length: 2 },
      quote: first.source.slice(0, 2),
      author: 'Lin Wei',
      createdAt: Date.UTC(2026, 10, 27, 9),
    };
    const commented = {
      ...sampleDocument,
      segments: [
        {
          ...first,
          comments: [
            {
              ...base,
              id: 'c-open',
              text: 'Industry, or industrial?',
              status: 'open' as const,
              replies: [{ id: 'r1', author: 'Client', createdAt: 0, text: 'Industrial.' }],
            },
            { ...base, id: 'c-done', text: 'Settled', status: 'resolved' as const, replies: [] },
          ],
        },
        ...rest,
      ],
    };
    const input = join(directory, 'project.json');
    await writeFile(input, writeProjectFile(commented));
    const logs: string[] = [];
    vi.spyOn(console, 'log').mockImplementation((line: string) => logs.push(line));
    const csv = join(directory, 'queries.csv');
    expect(await runExport([input, '--format', 'queries-csv', '--out', csv])).toBe(0);
    expect(await readFile(csv, 'utf8')).toBe(
      '\uFEFFSegment,Source,Comment,Author,Date,Replies\r\n' +
        `1,【${first.source.slice(0, 2)}】${first.source.slice(2)},"Industry, or industrial?",Lin Wei,2026-11-27,Client: Industrial.\r\n`,
    );
    const html = join(directory, 'queries.html');
    expect(await runExport([input, '--format', 'queries-html', '--out', html])).toBe(0);
    const page = await readFile(html, 'utf8');
    expect(page).toContain(
      `<title>Queries: ${sampleDocument.project.name.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</title>`,
    );
    expect(page).toContain(`<mark>${first.source.slice(0, 2)}</mark>`);
    expect(page).toContain('<li><b>Client</b>: Industrial.</li>');
    expect(page).not.toContain('Settled');
    expect(logs).toEqual([
      `${csv}: queries-csv, 1 open query exported.`,
      `${html}: queries-html, 1 open query exported.`,
    ]);
  });

  it('says there is no open comment and writes no query sheet', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'export-'));
    const input = join(directory, 'project.json');
    await writeFile(input, writeProjectFile(sampleDocument));
    const errors: string[] = [];
    vi.spyOn(console, 'error').mockImplementation((line: string) => errors.push(line));
    const out = join(directory, 'queries.csv');
    expect(await runExport([input, '--format', 'queries-csv', '--out', out])).toBe(1);
    expect(errors).toEqual([
      `${input}: There are no open comments to export. Nothing was written.`,
    ]);
    await expect(readFile(out)).rejects.toThrow(/ENOENT/);
    expect(await runExport([input, '--format', 'queries-pdf', '--out', out])).toBe(2);
  });
});
