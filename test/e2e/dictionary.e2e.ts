import type { Page } from 'playwright-core';
import { expect, it } from 'vitest';
import { describeInBrowser, openWorkspace, segment } from './browser';

/** Selects `word` in the first source cell that shows it, as a translator drags over it. */
async function selectInSource(page: Page, word: string) {
  await page
    .locator('.segment__source', { hasText: word })
    .first()
    .evaluate((cell, word) => {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const start = (node.textContent ?? '').indexOf(word);
        if (start < 0 || node.parentElement?.closest('rt, rp')) continue;
        const range = document.createRange();
        range.setStart(node, start);
        range.setEnd(node, start + word.length);
        document.getSelection()?.removeAllRanges();
        document.getSelection()?.addRange(range);
        return;
      }
      throw new Error(`${word} is not in one text node of the cell`);
    }, word);
}

async function openDictionary(page: Page) {
  await page.getByRole('tab', { name: 'Dictionary' }).click();
  const panel = page.getByRole('region', { name: 'Dictionary' });
  await panel.waitFor();
  return panel;
}

describeInBrowser('the dictionary in Chromium', (fixture) => {
  it('looks up 馬化騰 and 云計算, then works with the dictionary download blocked', async () => {
    const { page, context, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const panel = await openDictionary(page);
    await selectInSource(page, '馬化騰');
    await panel.getByText('Ma Huateng', { exact: true }).waitFor();
    expect(await panel.getByText('mǎ huà téng', { exact: true }).count()).toBe(1);
    expect(await panel.getByText('马化腾', { exact: true }).count()).toBe(1);

    await selectInSource(page, '云計算');
    await panel.getByText('cloud computing', { exact: true }).waitFor();
    expect(await panel.getByText('雲計算', { exact: true }).count()).toBe(1);

    // Offline after first use: the asset is in Cache Storage (stored while it was unpacked).
    await expect
      .poll(() =>
        page.evaluate(async () => {
          const cache = await caches.open('bw-dictionary');
          return (await cache.keys()).map((request) => new URL(request.url).pathname);
        }),
      )
      .toEqual([expect.stringMatching(/^\/assets\/cc-cedict-.*\.bin$/)]);
    const blocked: string[] = [];
    await context.route(/\.bin$/, (route) => {
      blocked.push(route.request().url());
      return route.abort('internetdisconnected');
    });
    await page.reload();
    await segment(page, 1).getByLabel('English translation').waitFor();
    const again = page.getByRole('region', { name: 'Dictionary' });
    await selectInSource(page, '云計算');
    await again.getByText('cloud computing', { exact: true }).waitFor();
    expect(blocked).toEqual([]);
  });

  it('without the download, still gives the pinyin and says the dictionary is missing', async () => {
    const { page, context, baseUrl } = fixture;
    await context.route(/\.bin$/, (route) => route.abort('internetdisconnected'));
    await openWorkspace(page, baseUrl);
    const panel = await openDictionary(page);
    await selectInSource(page, '馬化騰');
    await panel.getByText('Ma Huateng', { exact: true }).waitFor();
    await panel.getByRole('alert').waitFor();
    expect(await panel.getByRole('alert').textContent()).toContain('could not be downloaded');
  });

  it('looks up the word clicked in the source, inserts it and adds it to the glossary', async () => {
    const { page, baseUrl } = fixture;
    await openWorkspace(page, baseUrl);
    const panel = await openDictionary(page);
    // A click on 騰 puts the caret there: the word around it is looked up.
    const box = await page
      .locator('.segment__source', { hasText: '馬化騰' })
      .first()
      .evaluate((cell) => {
        const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = (node.textContent ?? '').indexOf('馬化騰');
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at + 2);
          range.setEnd(node, at + 3);
          const { x, y, width, height } = range.getBoundingClientRect();
          return { x: x + width / 3, y: y + height / 2 };
        }
        throw new Error('馬化騰 is not in one text node');
      });
    await page.mouse.click(box.x, box.y);
    await panel.getByText('Ma Huateng', { exact: true }).waitFor();
    expect(await panel.locator('.dictionary__query').textContent()).toBe('馬化騰');

    const english = segment(page, 2).getByLabel('English translation');
    await english.click();
    await page.keyboard.type('Tencent chief ');
    await panel.getByRole('button', { name: 'Insert Ma Huateng', exact: true }).click();
    await expect.poll(() => english.textContent()).toBe('Tencent chief Ma Huateng');

    await selectInSource(page, '云計算');
    await panel.getByRole('button', { name: 'Add to glossary: cloud computing' }).click();
    const glossary = page.getByRole('region', { name: 'Glossary' });
    await expect.poll(() => glossary.getByLabel('Source term').inputValue()).toBe('雲計算');
    expect(await glossary.getByLabel('Target term').inputValue()).toBe('cloud computing');
  });
});
