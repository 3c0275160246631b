import { act, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it, vi } from 'vitest';
import { createI18n } from '../i18n/i18n';
import type { InlineCodeAttrs, RichTextDoc } from '../domain/model/richText';
import { SegmentEditor, type SegmentEditorHandle } from './SegmentEditor';

const code = (kind: string, id: string, label: string, xml: string): InlineCodeAttrs => ({
  kind,
  id,
  xliff: '2',
  xml,
  data: [],
  native: label === '{0}' ? '{0}' : '',
  label,
  equiv: '',
});
const linkOpen = code('pc-open', '1', '<a>', '<pc id="1">');
const linkClose = code('pc-close', '1', '</a>', '</pc>');
const placeholder = code('ph', '2', '{0}', '<ph id="2" disp="{0}"/>');

const translation: RichTextDoc = {
  type: 'doc',
  content: [
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Click ' },
        { type: 'inlineCode', attrs: linkOpen },
        { type: 'text', text: 'here' },
        { type: 'inlineCode', attrs: linkClose },
        { type: 'text', text: ', ' },
      ],
    },
  ],
};

async function renderEditor() {
  const i18n = await createI18n('en');
  const onChange = vi.fn<(doc: RichTextDoc, text: string) => void>();
  let handle: SegmentEditorHandle | null = null;
  render(
    <I18nextProvider i18n={i18n}>
      <SegmentEditor
        content={translation}
        label={i18n.t('segment.translation')}
        placeholder={i18n.t('segment.translationPlaceholder')}
        lang="en"
        caretTarget={null}
        focusToken={0}
        onChange={onChange}
        onCommand={() => undefined}
        onBlur={() => undefined}
        onReady={(ready) => (handle = ready)}
      />
    </I18nextProvider>,
  );
  return { onChange, handle: () => handle };
}

describe('inline codes in the translation editor', () => {
  it('shows each code as a tag named by its label, not as editable text', async () => {
    await renderEditor();
    const field = screen.getByRole('textbox', { name: 'English translation' });
    const open = within(field).getByRole('img', { name: 'Inline code <a>' });
    expect(open).toHaveTextContent('<a>');
    expect(open).toHaveAttribute('contenteditable', 'false');
    expect(within(field).getByRole('img', { name: 'Inline code </a>' })).toBeInTheDocument();
  });

  it('inserts a code at the caret as one atom, which the plain text leaves out', async () => {
    const { onChange, handle } = await renderEditor();
    act(() => handle()?.insertCode(placeholder));
    const [doc, text] = onChange.mock.calls.at(-1) ?? [];
    expect(text).toBe('Click here, ');
    expect(doc?.content[0]?.content?.at(-1)).toEqual({ type: 'inlineCode', attrs: placeholder });
    expect(
      within(screen.getByRole('textbox', { name: 'English translation' })).getByRole('img', {
        name: 'Inline code {0}',
      }),
    ).toBeInTheDocument();
  });

  it('keeps codes exactly when the content is loaded and read back', async () => {
    const { onChange, handle } = await renderEditor();
    act(() => handle()?.insertText('x'));
    const [doc] = onChange.mock.calls.at(-1) ?? [];
    expect(doc?.content[0]?.content?.slice(0, 4)).toEqual(
      translation.content[0]?.content?.slice(0, 4),
    );
  });
});
