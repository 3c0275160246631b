import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { freshDb } from '../../../test/helpers/testDb';
import { parseDelimited } from '../../domain/formats/csv/parseDelimited';
import type { Project } from '../../domain/model/project';
import { plainTextToRichText } from '../../domain/model/richTextToPlainText';
import type { SegmentKind, SegmentStatus } from '../../domain/model/segment';
import { createI18n } from '../../i18n/i18n';
import type { UiLanguage } from '../../i18n/languages';
import type { WorkspaceDb } from '../../storage/db';
import { createProject } from '../../storage/repositories/projects';
import { SegmentStore } from '../../storage/segmentStore';
import { StatisticsButton } from './StatisticsButton';

let db: WorkspaceDb;
let store: SegmentStore | undefined;
beforeEach(() => {
  db = freshDb();
});
afterEach(async () => {
  vi.restoreAllMocks();
  await store?.flush();
  store?.close();
  store = undefined;
  db.close();
});

/** A project of headings and paragraphs, each segment given a status and translation. */
async function openProject(
  segments: [SegmentKind, string, SegmentStatus, string][],
  name = 'Proposal',
): Promise<{ project: Project; store: SegmentStore }> {
  const project = await createProject(db, {
    name,
    sourceLang: 'zh-Hant',
    cleaning: { readingsRemoved: 0, segmentsChanged: 0 },
    segments: segments.map(([kind, source], order) => ({
      id: `s${order + 1}`,
      order,
      kind,
      source,
      readings: [],
      sentenceEnds: [source.length],
    })),
  });
  const opened = await SegmentStore.open(db, project.id);
  segments.forEach(([, , status, text], index) => {
    opened.update(`s${index + 1}`, {
      translation: plainTextToRichText(text),
      translationText: text,
      status,
    });
  });
  await opened.flush();
  store = opened;
  return { project, store: opened };
}

async function renderButton(project: Project, segmentStore: SegmentStore, language: UiLanguage) {
  const i18n = await createI18n(language);
  render(
    <I18nextProvider i18n={i18n}>
      <StatisticsButton store={segmentStore} project={project} />
    </I18nextProvider>,
  );
}

/** The cells of the row a table names by its row header, as the translator reads them. */
function row(table: HTMLElement, header: string): string[] {
  const rowHeader = within(table).getByRole('rowheader', { name: header });
  const cells = within(rowHeader.closest('tr') as HTMLElement).getAllByRole('cell');
  return cells.map((cell) => cell.textContent ?? '');
}

const proposal: [SegmentKind, string, SegmentStatus, string][] = [
  ['heading', '產業互聯網', 'translated', 'Industrial internet'],
  [
    'paragraph',
    '數字經濟是發展的高級階段。',
    'reviewed',
    'The digital economy is an advanced stage of development.',
  ],
  ['paragraph', '2020年兩會在即,騰訊提交建議。', 'draft', 'In 2020, before the Two Sessions'],
  ['heading', '數字經濟', 'untranslated', ''],
  ['paragraph', '數字經濟是發展的高級階段。', 'untranslated', ''],
  ['paragraph', '(免責聲明:本網站內容)', 'do-not-translate', ''],
];

describe('Statistics', () => {
  it('counts segments, characters and words by status, repetitions and sections', async () => {
    const user = userEvent.setup();
    const { project, store } = await openProject(proposal);
    await renderButton(project, store, 'en');
    await user.click(screen.getByRole('button', { name: 'Statistics' }));
    const dialog = await screen.findByRole('dialog', { name: 'Statistics' });

    const byStatus = await within(dialog).findByRole('table', { name: 'By status' });
    expect(
      within(byStatus)
        .getAllByRole('columnheader')
        .map((header) => header.textContent),
    ).toEqual(['Status', 'Segments', 'Source characters', 'Words (English)']);
    await waitFor(() => expect(row(byStatus, 'Untranslated')).toEqual(['2', '16', '0']));
    expect(row(byStatus, 'Draft')).toEqual(['1', '12', '6']);
    expect(row(byStatus, 'Translated')).toEqual(['1', '5', '2']);
    expect(row(byStatus, 'Reviewed')).toEqual(['1', '12', '9']);
    expect(row(byStatus, 'Do not translate')).toEqual(['1', '9', '0']);
    expect(row(byStatus, 'Total')).toEqual(['6', '54', '17']);
    expect(row(byStatus, 'Repetitions')).toEqual(['1', '12', '']);

    const bySection = within(dialog).getByRole('table', { name: 'By section' });
    // (5 + 12) of 29 characters; in the second section the disclaimer is not to be translated.
    expect(row(bySection, '產業互聯網')).toEqual(['1', '3', '29', '17', '59%']);
    expect(row(bySection, '數字經濟')).toEqual(['4', '3', '25', '0', '0%']);
  });

  it('copies the table for a spreadsheet and downloads it as CSV', async () => {
    const user = userEvent.setup();
    const { project, store } = await openProject(proposal, 'Proposal: draft');
    await renderButton(project, store, 'en');
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob);
      return 'blob:statistics';
    });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    await user.click(screen.getByRole('button', { name: 'Statistics' }));
    const dialog = await screen.findByRole('dialog', { name: 'Statistics' });
    await waitFor(() =>
      expect(row(within(dialog).getByRole('table', { name: 'By status' }), 'Total')).toEqual([
        '6',
        '54',
        '17',
      ]),
    );

    await user.click(within(dialog).getByRole('button', { name: 'Copy table' }));
    expect(within(dialog).getByRole('status')).toHaveTextContent('Table copied');
    const copied = await navigator.clipboard.readText();
    expect(copied.split('\n').slice(0, 3)).toEqual([
      'Status\tSegments\tSource characters\tWords (English)',
      'Untranslated\t2\t16\t0',
      'Draft\t1\t12\t6',
    ]);

    await user.click(within(dialog).getByRole('button', { name: 'Download CSV' }));
    expect(names).toEqual(['Proposal  draft statistics.csv']);
    const csv = await (blobs[0] as Blob).text();
    const parsed = parseDelimited(csv.replace(/^\uFEFF/, ''), ',');
    expect(parsed.ok && parsed.rows).toEqual([
      ['Status', 'Segments', 'Source characters', 'Words (English)'],
      ['Untranslated', '2', '16', '0'],
      ['Draft', '1', '12', '6'],
      ['Translated', '1', '5', '2'],
      ['Reviewed', '1', '12', '9'],
      ['Do not translate', '1', '9', '0'],
      ['Total', '6', '54', '17'],
      ['Repetitions', '1', '12', ''],
      [
        'Section',
        'From segment',
        'Segments',
        'Source characters',
        'Words (English)',
        'Translated (%)',
      ],
      ['產業互聯網', '1', '3', '29', '17', '59'],
      ['數字經濟', '4', '3', '25', '0', '0'],
    ]);
    // Tab-separated for pasting, comma-separated for the file: the same cells.
    expect(copied.trimEnd().split('\n').filter(Boolean)).toHaveLength(11);
  });

  it('says so when the browser refuses the clipboard', async () => {
    const user = userEvent.setup();
    const { project, store } = await openProject(proposal);
    await renderButton(project, store, 'en');
    await user.click(screen.getByRole('button', { name: 'Statistics' }));
    const dialog = await screen.findByRole('dialog', { name: 'Statistics' });
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
      new DOMException('Write permission denied.', 'NotAllowedError'),
    );
    await user.click(await within(dialog).findByRole('button', { name: 'Copy table' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'The table could not be copied: Write permission denied.',
    );
    expect(within(dialog).getByRole('status')).toBeEmptyDOMElement();
  });

  it('follows saved edits only while open, and gives focus back when closed', async () => {
    const user = userEvent.setup();
    const { project, store } = await openProject(proposal);
    let listening = 0;
    const subscribe = store.subscribeSaveState.bind(store);
    vi.spyOn(store, 'subscribeSaveState').mockImplementation((listener) => {
      listening += 1;
      const unsubscribe = subscribe(listener);
      return () => {
        listening -= 1;
        return unsubscribe();
      };
    });
    await renderButton(project, store, 'en');
    const button = screen.getByRole('button', { name: 'Statistics' });
    store.update('s4', { translationText: 'Digital economy', status: 'translated' });
    await store.flush();
    expect(listening).toBe(0);

    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: 'Statistics' });
    const byStatus = within(dialog).getByRole('table', { name: 'By status' });
    expect(listening).toBeGreaterThan(0);
    expect(row(byStatus, 'Translated')).toEqual(['2', '9', '4']);
    store.update('s5', { translationText: 'The digital economy…', status: 'reviewed' });
    await store.flush();
    await waitFor(() => expect(row(byStatus, 'Reviewed')).toEqual(['2', '24', '12']));

    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(listening).toBe(0);
    expect(button).toHaveFocus();
  });

  it('speaks the interface language, numbers included', async () => {
    const user = userEvent.setup();
    const { project, store } = await openProject([
      ['paragraph', `${'字'.repeat(1234)}。`, 'draft', 'Words'],
    ]);
    await renderButton(project, store, 'zh-Hans');
    await user.click(screen.getByRole('button', { name: '统计' }));
    const dialog = await screen.findByRole('dialog', { name: '统计' });
    const byStatus = within(dialog).getByRole('table', { name: '按状态' });
    expect(row(byStatus, '草稿')).toEqual(['1', '1,234', '1']);
    expect(
      row(within(dialog).getByRole('table', { name: '按章节' }), '（第一个标题之前）'),
    ).toEqual(['1', '1', '1,234', '1', '0%']);
  });
});
