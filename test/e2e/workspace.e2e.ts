import { expect, it } from 'vitest';
import { describeInBrowser, openSettings, openWorkspace, segment } from './browser';

const artifact = /\p{Script=Han}\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/u;

describeInBrowser('the workspace in Chromium', (fixture) => {
  it('opens with the proposal loaded and cleaned of pinyin artifacts', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const title = segment(page, 1);
    expect(await title.getByRole('heading').textContent()).toBe(
      '關于“產業互聯網”,馬化騰兩會建議了啥?',
    );
    const sources = await page.locator('.segment__source').allTextContents();
    expect(sources.length).toBeGreaterThan(5);
    for (const source of sources) expect(source).not.toMatch(artifact);
    expect(await page.locator('body').textContent()).toContain('288');
    await page.getByLabel('Go to segment').fill('40');
    await page.getByLabel('Go to segment').press('Enter');
    await segment(page, 40).waitFor();
    expect(await segment(page, 40).textContent()).toMatch(/本網站/);
  });

  it('keeps translation and notes typed in segment 3 across a reload', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await segment(page, 3).getByLabel('English translation').click();
    await page.keyboard.type('Following last year’s proposal, Ma Huateng goes further.');
    await segment(page, 3).getByLabel('Notes').click();
    await page.keyboard.type('Check the title of the proposal.');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await page.reload();
    await segment(page, 3).waitFor();
    expect(await segment(page, 3).getByLabel('English translation').textContent()).toBe(
      'Following last year’s proposal, Ma Huateng goes further.',
    );
    expect(await segment(page, 3).getByLabel('Notes').textContent()).toBe(
      'Check the title of the proposal.',
    );
    expect(await segment(page, 3).getByLabel('Status').inputValue()).toBe('draft');
    // The translator is back where they were: the caret is in segment 3's notes.
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label')))
      .toBe('Notes');
  });

  it('confirms with Ctrl+Enter, moves on and advances the progress bar', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const progress = page.getByRole('progressbar', { name: 'Translation progress' });
    expect(await progress.getAttribute('aria-valuenow')).toBe('0');
    await segment(page, 2).getByLabel('English translation').click();
    await page.keyboard.type('With the 2020 sessions approaching, Pony Ma plans seven proposals.');
    await page.keyboard.press('Control+Enter');
    expect(await segment(page, 2).getByLabel('Status').inputValue()).toBe('translated');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[role=group]')?.getAttribute('aria-label'),
        ),
      )
      .toBe('Segment 3');
    await page.keyboard.type('Next one');
    expect(Number(await progress.getAttribute('aria-valuenow'))).toBeGreaterThan(0);
    await page.keyboard.press('Control+ArrowUp');
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[role=group]')?.getAttribute('aria-label'),
        ),
      )
      .toBe('Segment 2');
  });

  it('shows the source in Simplified script without changing what is stored', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await page.getByLabel('Source script').selectOption('zh-Hans');
    await expect
      .poll(() => segment(page, 1).getByRole('heading').textContent())
      .toContain('产业互联网');
    await page.getByLabel('Source script').selectOption('zh-Hant-HK');
    await expect
      .poll(() => segment(page, 1).getByRole('heading').textContent())
      .toContain('產業互聯網');
    await page.getByLabel('Source script').selectOption('original');
    expect(await segment(page, 1).getByRole('heading').textContent()).toContain('關于');
  });

  it('shows the removed pinyin as ruby on request', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    expect(await segment(page, 1).locator('ruby').count()).toBe(0);
    await openSettings(page);
    await page.getByLabel('Show readings').check();
    const ruby = segment(page, 1).locator('ruby').first();
    expect(await ruby.locator('rt').textContent()).toBe('yè');
    // 互聯(lián)網(wǎng): the readings neither push the characters apart nor run together.
    const layout = await segment(page, 1)
      .locator('h2')
      .evaluate((heading) => {
        const rubies = [...heading.querySelectorAll('ruby')];
        const range = document.createRange();
        range.selectNodeContents(heading);
        range.setEnd(range.startContainer.firstChild ?? heading, 1);
        return {
          plain: range.getBoundingClientRect().width,
          widths: rubies.map((element) => element.getBoundingClientRect().width),
          readings: rubies.map((element) => {
            const box = element.querySelector('rt')?.getBoundingClientRect();
            return { left: box?.left ?? 0, right: box?.right ?? 0 };
          }),
        };
      });
    for (const width of layout.widths) expect(width).toBeCloseTo(layout.plain, 0);
    const [, lian, wang] = layout.readings;
    expect(lian?.right).toBeLessThanOrEqual(wang?.left ?? 0);
  });

  it('relabels the interface when the language changes', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await openSettings(page);
    await page.getByLabel('Interface language').selectOption('zh-Hans');
    await page.getByRole('group', { name: '句段 1', exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    expect(await page.getByRole('button', { name: '新建项目' }).count()).toBe(1);
    await page.reload();
    await page.getByRole('group', { name: '句段 1', exact: true }).waitFor();
    await openSettings(page, '设置');
    await page.getByLabel('界面语言').selectOption('en');
    await segment(page, 1).waitFor();
  });

  it('opens the shortcut help with ? and F1', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await page.keyboard.press('?');
    const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await help.waitFor();
    await page.keyboard.press('Escape');
    await help.waitFor({ state: 'hidden' });
    await segment(page, 2).getByLabel('English translation').click();
    await page.keyboard.press('F1');
    await help.waitFor();
  });

  it('restores the scroll position and the active segment after a reload', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    await page.getByLabel('Go to segment').fill('30');
    await page.getByLabel('Go to segment').press('Enter');
    await segment(page, 30).waitFor();
    await page.keyboard.type('Thirty');
    await page.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    const list = page.getByRole('region', { name: 'Segments' });
    const scrolled = await list.evaluate((element) => element.scrollTop);
    expect(scrolled).toBeGreaterThan(500);
    await page.reload();
    await segment(page, 30).waitFor();
    await expect
      .poll(() => list.evaluate((element) => element.scrollTop))
      .toBeGreaterThan(scrolled - 50);
    await expect
      .poll(() =>
        page.evaluate(() =>
          document.activeElement?.closest('[role=group]')?.getAttribute('aria-label'),
        ),
      )
      .toBe('Segment 30');
  });

  it('shows the active segment after a reload even when the saved scroll position is stale', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    // As if the tab closed before the last scroll position was written: far down, but the
    // active segment is the first.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('bilingual-workspace');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            const read = db.transaction('settings').objectStore('settings').get('activeProjectId');
            read.onsuccess = () => {
              const projectId = (read.result as { value: string }).value;
              const segments = db.transaction('segments').objectStore('segments');
              const first = segments.index('[projectId+order]').get([projectId, 0]);
              first.onsuccess = () => {
                const write = db
                  .transaction('settings', 'readwrite')
                  .objectStore('settings')
                  .put({
                    key: `view:${projectId}`,
                    value: {
                      activeSegmentId: (first.result as { id: string }).id,
                      activeField: 'translation',
                      scrollTop: 100_000,
                    },
                  });
                write.onsuccess = () => resolve();
                write.onerror = () => reject(write.error);
              };
            };
          };
        }),
    );
    await page.reload();
    await segment(page, 1).getByLabel('English translation').waitFor();
  });

  it('keeps every key typed at once after clicking from cell to cell', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const cells = [
      [5, 'English translation', 'Five'],
      [5, 'Notes', 'Note five'],
      [6, 'English translation', 'Six'],
      [7, 'Notes', 'Note seven'],
      [6, 'Notes', 'Note six'],
    ] as const;
    // No waiting between the click and the keys: the first keys arrive before the editor does.
    for (const [number, label, text] of cells) {
      await segment(page, number).getByLabel(label).click();
      await page.keyboard.type(text);
    }
    await page.keyboard.press('Escape');
    for (const [number, label, text] of cells) {
      expect(await segment(page, number).getByLabel(label).textContent()).toBe(text);
    }
  });
});
