import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { addUiLanguage, createI18n } from '../../i18n/i18n';
import { ShellNoticeProvider, useShellNotice, type NoticeInput } from './ShellNotice';

let announce: (notice: string | NoticeInput) => void = () => undefined;
function Announcer() {
  announce = useShellNotice();
  return null;
}

async function renderToasts(projectId: string) {
  const i18n = await createI18n('en');
  const tree = (id: string): ReactNode => (
    <I18nextProvider i18n={i18n}>
      <ShellNoticeProvider activeProjectId={id}>
        <Announcer />
      </ShellNoticeProvider>
    </I18nextProvider>
  );
  const result = render(tree(projectId));
  return { i18n, switchTo: (id: string) => result.rerender(tree(id)) };
}

describe('toasts', () => {
  it('stay until dismissed, offer their action once, and errors are alerts', async () => {
    const user = userEvent.setup();
    await renderToasts('a');
    const undo = vi.fn();
    act(() => announce({ text: 'Deleted “短文”.', action: { label: 'Undo', run: undo } }));
    act(() => announce({ text: 'Not XLIFF.', tone: 'error' }));
    const deleted = screen.getByRole('status');
    expect(deleted).toHaveTextContent('Deleted “短文”.');
    expect(screen.getByRole('alert')).toHaveTextContent('Not XLIFF.');
    await user.click(within(deleted).getByRole('button', { name: 'Undo' }));
    expect(undo).toHaveBeenCalledTimes(1);
    expect(screen.queryByText('Deleted “短文”.')).not.toBeInTheDocument();
    const onDismiss = vi.fn();
    act(() => announce({ text: 'Removed 288 pinyin annotations', onDismiss }));
    await user.click(within(screen.getByRole('status')).getByRole('button', { name: 'Dismiss' }));
    expect(onDismiss).toHaveBeenCalledTimes(1);
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
  });

  it('do not follow the translator into another project, unless they are about it', async () => {
    const { switchTo } = await renderToasts('a');
    act(() => announce('Merged review.xlf'));
    act(() => announce({ text: 'Opened “B”', projectId: 'b' }));
    act(() => announce({ text: 'Deleted “C”. Undo', projectId: null }));
    expect(screen.getAllByRole('status')).toHaveLength(3);
    switchTo('b');
    const left = screen.getAllByRole('status').map((toast) => toast.textContent);
    expect(left.join()).not.toContain('Merged review.xlf');
    expect(left.join()).toContain('Opened “B”');
    expect(left.join()).toContain('Deleted “C”');
  });

  it('keep at most three, the newest, without repeating one', async () => {
    await renderToasts('a');
    for (const text of ['one', 'two', 'three', 'four', 'four']) act(() => announce(text));
    expect(screen.getAllByRole('status').map((toast) => toast.firstChild?.textContent)).toEqual([
      'two',
      'three',
      'four',
    ]);
  });

  it('say their words again in the interface language the translator switches to', async () => {
    const { i18n } = await renderToasts('a');
    const undo = vi.fn();
    act(() =>
      announce({
        text: (t) => t('structure.changed', { number: 2, type: t('structure.types.heading2') }),
        action: { label: (t) => t('structure.undo'), run: undo },
      }),
    );
    // A storage error's own message is not translated: it stays as it came.
    act(() => announce({ text: 'QuotaExceededError', tone: 'error' }));
    expect(screen.getByRole('status')).toHaveTextContent('Segment 2 is now Heading 2.');

    await addUiLanguage(i18n, 'zh-Hant');
    await act(() => i18n.changeLanguage('zh-Hant'));
    const changed = screen.getByRole('status');
    expect(changed).toHaveTextContent('句段 2 現為二級標題。');
    await userEvent.setup().click(within(changed).getByRole('button', { name: '復原' }));
    expect(undo).toHaveBeenCalledTimes(1);
    const failure = screen.getByRole('alert');
    expect(failure).toHaveTextContent('QuotaExceededError');
    expect(within(failure).getByRole('button', { name: '關閉' })).toBeInTheDocument();

    await addUiLanguage(i18n, 'zh-Hans');
    act(() => announce({ text: (t) => t('structure.undo') }));
    await act(() => i18n.changeLanguage('zh-Hans'));
    expect(screen.getByRole('status')).toHaveTextContent('撤销');
  });

  it('show the same translated words once, whichever call sent them', async () => {
    await renderToasts('a');
    act(() => announce({ text: (t) => t('comments.deleted', { number: 4 }) }));
    act(() => announce('Comment on segment 4 deleted.'));
    expect(screen.getAllByRole('status')).toHaveLength(1);
  });
});
