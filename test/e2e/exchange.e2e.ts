import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, it } from 'vitest';
import { runExport } from '../../src/cli/export';
import { validateXliff } from '../helpers/validateXliff';
import { describeInBrowser, importFile, openWorkspace, segment } from './browser';

describeInBrowser('export and import in Chromium', (fixture) => {
  it('exports valid XLIFF 2.0 with what was just typed', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 1).getByLabel('English translation').click();
    await page.keyboard.type('What did Pony Ma propose?');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'XLIFF 2.0' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.xlf$/);
    const xml = await readFile((await file.path()) ?? '', 'utf8');
    expect(await validateXliff(xml, '2.0')).toEqual([]);
    expect(xml).toContain('<target>What did Pony Ma propose?</target>');
    expect(xml).toContain('srcLang="zh-Hant"');
    expect(xml.match(/<unit /g)).toHaveLength(40);
  });

  it('exports a Word document titled by what was just typed', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 1).getByLabel('English translation').click();
    await page.keyboard.type('What did Pony Ma propose?');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Word (DOCX)' }).click();
    // 39 segments are still untranslated: the export asks what they become first.
    const gaps = page.getByRole('dialog', { name: 'Not everything is translated yet' });
    expect(await gaps.textContent()).toContain('39 segments are untranslated.');
    const download = page.waitForEvent('download');
    await gaps.getByRole('button', { name: 'Export Word (DOCX)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/\.docx$/);
    const bytes = await readFile((await file.path()) ?? '');
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const documentXml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    expect(documentXml).toMatch(/<w:pStyle w:val="Title"\/>.*What did Pony Ma propose\?/);
  });

  it('exports the project file and opens it again as a new project', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 2).getByLabel('Notes').click();
    await page.keyboard.type('Keep for the backup');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'Project file' }).click();
    const json = await readFile((await (await download).path()) ?? '', 'utf8');
    await importFile(page, {
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(json),
    });
    await expect
      .poll(() => page.getByLabel('Project', { exact: true }).locator('option').count())
      .toBe(2);
    await expect
      .poll(() => segment(page, 2).getByLabel('Notes').textContent())
      .toBe('Keep for the backup');
    // The summary outlives the workspace the new project replaced.
    await page.getByRole('status').filter({ hasText: '40 segments' }).waitFor();
  });

  it('refuses a damaged project file and writes nothing', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await importFile(page, {
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{"format":"bilingual-workspace-project","version":1,"project":{}}'),
    });
    await page.getByRole('alert').filter({ hasText: 'damaged at project.id' }).waitFor();
    expect(await page.getByLabel('Project', { exact: true }).locator('option').count()).toBe(1);
  });

  it('merges a reviewed XLIFF back: takes what changed only there, asks where both changed', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 1).getByLabel('English translation').click();
    await page.keyboard.type('Title');
    await page.keyboard.press('Control+Enter');
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('menuitem', { name: 'XLIFF 2.0' }).click();
    const exported = await readFile((await (await download).path()) ?? '', 'utf8');
    // After the export the translator goes on in segment 2; the reviewer also wrote one there.
    await segment(page, 2).getByLabel('English translation').click();
    await page.keyboard.type('Mine');

    const units = exported.split('<unit ');
    const addTarget = (index: number, text: string) => {
      units[index] = (units[index] ?? '').replace('</source>', `</source><target>${text}</target>`);
    };
    units[1] = (units[1] ?? '').replace('<target>Title</target>', '<target>Title revised</target>');
    addTarget(2, 'Theirs');
    addTarget(3, 'Third &amp; &lt;img src=x onerror=alert(1)&gt;');
    const reviewed = units.join('<unit ');

    await importFile(page, {
      name: 'reviewed.xlf',
      mimeType: 'application/xliff+xml',
      buffer: Buffer.from(reviewed),
    });
    const dialog = page.getByRole('dialog', { name: 'Import reviewed.xlf' });
    await dialog.getByRole('button', { name: 'Merge into this project' }).click();
    const summary = dialog.getByRole('list', { name: 'What the import does' });
    await summary.waitFor();
    expect(await summary.textContent()).toContain('To update: 2');
    const conflict = dialog.getByRole('group', { name: 'Conflict #2' });
    expect(await conflict.textContent()).toContain('Mine');
    expect(await conflict.textContent()).toContain('Theirs');
    await conflict.getByRole('radio', { name: /Take theirs/ }).check();
    await dialog.getByRole('button', { name: 'Apply import' }).click();
    await page.getByRole('status').filter({ hasText: 'Merged reviewed.xlf: 3 updated' }).waitFor();

    const translation = (number: number) =>
      segment(page, number).getByLabel('English translation').textContent();
    expect(await translation(1)).toBe('Title revised');
    expect(await translation(2)).toBe('Theirs');
    expect(await translation(3)).toBe('Third & <img src=x onerror=alert(1)>');
    expect(await page.locator('img').count()).toBe(0);
    await page.reload();
    await segment(page, 3).waitFor();
    expect(await translation(2)).toBe('Theirs');
  });

  it('opens another tool’s XLIFF 1.2 as a new project', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const xliff = `<?xml version="1.0"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="memo.docx" source-language="zh-CN" target-language="en" datatype="plaintext"><body>
    <trans-unit id="1"><source>数字经济</source><target state="translated">Digital economy</target></trans-unit>
    <trans-unit id="2"><source>新基建是基础。</source><note>check term</note></trans-unit>
  </body></file>
</xliff>`;
    // The file is read and parsed off the page's main thread.
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await importFile(page, {
      name: 'memo.xlf',
      mimeType: 'application/xliff+xml',
      buffer: Buffer.from(xliff),
    });
    const dialog = page.getByRole('dialog', { name: 'Import memo.xlf' });
    expect(await dialog.getByRole('button', { name: 'Merge into this project' }).count()).toBe(0);
    await dialog.getByRole('button', { name: 'Open as a new project' }).click();
    await expect
      .poll(() => segment(page, 1).getByLabel('English translation').textContent())
      .toBe('Digital economy');
    expect(await segment(page, 2).getByLabel('Notes').textContent()).toBe('check term');
    expect(await segment(page, 1).getByLabel('Status').inputValue()).toBe('translated');
    expect(workers).toContainEqual(expect.stringContaining('importFile.worker'));
  });

  it('refuses an XLIFF with duplicate ids and writes nothing', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const unit = '<unit id="a"><segment><source>字</source><target>X</target></segment></unit>';
    await importFile(page, {
      name: 'dup.xlf',
      mimeType: 'application/xliff+xml',
      buffer: Buffer.from(
        `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="zh"><file id="f">${unit}${unit}</file></xliff>`,
      ),
    });
    await page
      .getByRole('alert')
      .filter({ hasText: 'The id “a” is used by more than one unit' })
      .waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await page.getByLabel('Project', { exact: true }).locator('option').count()).toBe(1);
  });

  it('writes the same bytes as the command line does from the project file, in every format and the query sheet', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    // A project with a glossary, heading levels and project details.
    const glossary = page.getByRole('region', { name: 'Glossary' });
    await glossary.getByRole('button', { name: 'New term' }).click();
    await glossary.getByLabel('Source term').fill('产业互联网');
    await glossary.getByLabel('Target term').fill('industrial internet');
    await glossary.getByRole('button', { name: 'Add term' }).click();
    await segment(page, 1).locator('mark').first().waitFor();
    await segment(page, 2).getByLabel('Segment type').selectOption('Heading 2');
    await segment(page, 3).getByLabel('Segment type').selectOption('Quote');
    await page.getByRole('button', { name: 'Project details' }).click();
    const details = page.getByRole('dialog', { name: 'Project details' });
    await details.getByLabel('English title').fill('Ma Huateng on the industrial internet');
    await details.getByLabel('Translator').fill('Lin Wei');
    await details.getByLabel('Target language').selectOption('en-GB');
    await details.getByLabel('Publication date').fill('2026-03-05');
    await details.getByRole('button', { name: 'Save details' }).click();
    await details.waitFor({ state: 'detached' });
    await segment(page, 2).getByLabel('English translation').click();
    await page.keyboard.type('Same **bytes** & <everywhere>');
    // A translator's note, which every format carries in its own way.
    await page.keyboard.press('Control+Alt+f');
    const note = segment(page, 2).getByRole('textbox', { name: "Translator's note 1" });
    await expect
      .poll(() => note.evaluate((field) => field.contains(document.activeElement)))
      .toBe(true);
    await page.keyboard.type('A note & <more>');
    await segment(page, 2).getByLabel('English translation').click();
    await page.keyboard.press('Control+Enter');
    // The quality checks miss the source's year and numbers: the translator confirms anyway.
    await page
      .getByRole('dialog', { name: 'Segment 2 has errors' })
      .getByRole('button', { name: 'Confirm anyway' })
      .click();
    // And a comment on segment 3's source, which the XLIFF files carry.
    await segment(page, 3)
      .locator('.segment__source')
      .evaluate((cell) => {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node.textContent ?? '').indexOf('兩會');
          if (at >= 0)
            return void document.getSelection()?.setBaseAndExtent(node, at, node, at + 2);
        }
      });
    await page.getByRole('button', { name: 'Comment', exact: true }).click();
    const comment = page.getByRole('dialog', { name: 'Comment on “兩會”' });
    await comment.getByRole('textbox', { name: 'Comment' }).fill('Gloss for readers?');
    await comment.getByRole('button', { name: 'Add comment' }).click();
    await comment.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const exported = async (format: string) => {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      const download = page.waitForEvent('download');
      await page.getByRole('menuitem', { name: format, exact: true }).click();
      // Publications ask about the untranslated segments; the CLI's default is the dialog's.
      if (['HTML', 'Markdown', 'Word (DOCX)'].includes(format))
        await page.getByRole('button', { name: `Export ${format}` }).click();
      return readFile((await (await download).path()) ?? '');
    };
    const formats = [
      ['xliff2', 'XLIFF 2.0'],
      ['xliff12', 'XLIFF 1.2'],
      ['tmx', 'TMX'],
      ['html', 'HTML'],
      ['md', 'Markdown'],
      ['docx', 'Word (DOCX)'],
      ['bilingual', 'Bilingual HTML'],
    ] as const;
    const fromBrowser = new Map<string, Buffer>();
    for (const [format, label] of formats) fromBrowser.set(format, await exported(label));
    // The query sheet for the client, from the Comments panel (shown since the comment).
    const comments = page.getByRole('region', { name: 'Comments' });
    const querySheets = [
      ['queries-csv', 'CSV (spreadsheet)'],
      ['queries-html', 'HTML (printable page)'],
    ] as const;
    for (const [format, label] of querySheets) {
      await comments.getByLabel('Query sheet format').selectOption(label);
      const download = page.waitForEvent('download');
      await comments.getByRole('button', { name: 'Export queries' }).click();
      fromBrowser.set(format, await readFile((await (await download).path()) ?? ''));
    }
    expect(fromBrowser.get('queries-csv')?.toString('utf8')).toContain('【兩會】');
    const directory = await mkdtemp(join(tmpdir(), 'cli-'));
    const projectFile = join(directory, 'project.json');
    await writeFile(projectFile, await exported('Project file'));
    expect((await readFile(projectFile, 'utf8')).includes('"type": "heading2"')).toBe(true);
    expect(fromBrowser.get('html')?.toString('utf8')).toContain('<h3>Same <strong>bytes</strong>');
    expect(fromBrowser.get('html')?.toString('utf8')).toContain('A note &amp; &lt;more&gt;');
    expect(fromBrowser.get('xliff2')?.toString('utf8')).toContain('Gloss for readers?');
    for (const [format] of [...formats, ...querySheets, ['project'] as const]) {
      const out = join(directory, `out.${format}`);
      expect(await runExport([projectFile, '--format', format, '--out', out])).toBe(0);
      const expected = format === 'project' ? await readFile(projectFile) : fromBrowser.get(format);
      expect((await readFile(out)).equals(expected ?? Buffer.alloc(0)), format).toBe(true);
    }
  });

  it('asks what untranslated and draft segments become, and remembers it after a reload', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 1).getByLabel('English translation').click();
    await page.keyboard.type('Industrial internet');
    await page.keyboard.press('Control+Enter');
    await segment(page, 2).getByLabel('English translation').click();
    await page.keyboard.type('A first try');
    const publish = async () => {
      await page.getByRole('button', { name: 'Export', exact: true }).click();
      await page.getByRole('menuitem', { name: 'HTML', exact: true }).click();
      return page.getByRole('dialog', { name: 'Not everything is translated yet' });
    };
    const dialog = await publish();
    expect(await dialog.textContent()).toContain('38 segments are untranslated and 1 is a draft.');
    expect(await dialog.getByRole('radio', { name: 'Mark them as missing' }).isChecked()).toBe(
      true,
    );
    await dialog.getByRole('radio', { name: 'Show the source' }).check();
    const download = page.waitForEvent('download');
    await dialog.getByRole('button', { name: 'Export HTML' }).click();
    const html = await readFile((await (await download).path()) ?? '', 'utf8');
    expect(html).toContain('<h1>Industrial internet</h1>');
    // The draft is a gap too: its source is shown, not the unconfirmed text.
    expect(html).not.toContain('A first try');
    expect(html.match(/class="source"/g)).toHaveLength(39);

    await page.reload();
    await segment(page, 1).getByLabel('English translation').waitFor();
    const again = await publish();
    expect(await again.getByRole('radio', { name: 'Show the source' }).isChecked()).toBe(true);
    await again.getByRole('button', { name: 'Cancel' }).click();
    await again.waitFor({ state: 'detached' });
  });
});
