import { expect, it } from 'vitest';
import { writeProjectFile } from '../../src/domain/formats/projectFile/projectFile';
import { plainTextToRichText } from '../../src/domain/model/richTextToPlainText';
import { sampleDocument } from '../helpers/sampleDocument';
import { describeInBrowser, importFile, segment } from './browser';

const payload =
  '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>' +
  '<svg onload="window.pwned=3"></svg><a href="javascript:window.pwned=4">link</a>' +
  '\u202Eevil\u202C\u200B';

/** A project file with the payload in every text field a file can carry. */
function hostileProjectFile(): string {
  const [first, ...rest] = sampleDocument.segments;
  if (!first) throw new Error('sample has segments');
  return writeProjectFile({
    ...sampleDocument,
    project: { ...sampleDocument.project, name: payload },
    segments: [
      {
        ...first,
        source: `${payload}產業互聯網`,
        translation: plainTextToRichText(payload),
        translationText: payload,
        notes: plainTextToRichText(payload),
        notesText: payload,
      },
      ...rest,
    ],
    glossary: sampleDocument.glossary.map((entry) => ({
      ...entry,
      targets: [payload],
      note: plainTextToRichText(payload),
      noteText: payload,
    })),
  });
}

describeInBrowser('hostile content in Chromium', (fixture) => {
  it('shows markup, scripts, links and bidi tricks from a file as text, never running them', async () => {
    const { page, baseUrl } = fixture;
    await page.goto(baseUrl);
    await segment(page, 1).waitFor();
    await importFile(page, {
      name: 'hostile.json',
      mimeType: 'application/json',
      buffer: Buffer.from(hostileProjectFile()),
    });
    await expect
      .poll(() => segment(page, 1).getByLabel('English translation').textContent())
      .toBe(payload);
    expect(await segment(page, 1).textContent()).toContain('<script>window.pwned=2</script>');
    // Hovering the marked term shows the glossary entry (target and note) too.
    await segment(page, 1).locator('mark').first().hover();
    await segment(page, 1).getByLabel('Notes').click();
    await page.keyboard.press('Escape');
    await segment(page, 1).getByRole('button', { name: 'History' }).click();
    await page.keyboard.press('Escape');

    const dangerous = await page.evaluate(() => ({
      pwned: (window as unknown as { pwned?: number }).pwned ?? null,
      images: document.querySelectorAll('img').length,
      svgs: document.querySelectorAll('main svg').length,
      scripts: document.querySelectorAll('body script').length,
      javascriptLinks: document.querySelectorAll('a[href^="javascript:"]').length,
      eventAttributes: document.querySelectorAll('[onerror], [onload]').length,
    }));
    expect(dangerous).toEqual({
      pwned: null,
      images: 0,
      svgs: 0,
      scripts: 0,
      javascriptLinks: 0,
      eventAttributes: 0,
    });
  });
});
