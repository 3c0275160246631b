import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n/i18n';
import type { InlineCodeAttrs } from '../../domain/model/richText';
import { StaticRichText } from '../workspace/StaticRichText';
import { SourceText } from '../workspace/SourceText';

const placeholder: InlineCodeAttrs = {
  kind: 'ph',
  id: '2',
  xliff: '2',
  xml: '<ph id="2" disp="{0}"/>',
  data: [],
  native: '{0}',
  label: '{0}',
  equiv: '',
};

describe('inline codes in a row that is not being edited', () => {
  it('shows the same tags, with the native code as their title', async () => {
    const i18n = await createI18n('en');
    render(
      <I18nextProvider i18n={i18n}>
        <StaticRichText
          doc={{
            type: 'doc',
            content: [{ type: 'paragraph', content: [{ type: 'inlineCode', attrs: placeholder }] }],
          }}
        />
      </I18nextProvider>,
    );
    expect(screen.getByRole('img', { name: 'Inline code {0}' })).toHaveAttribute('title', '{0}');
  });
});

describe('inline codes in the source', () => {
  it('are drawn where they sit in the text', async () => {
    const i18n = await createI18n('en');
    const { container } = render(
      <I18nextProvider i18n={i18n}>
        <SourceText
          segment={{
            source: '共項',
            readings: [],
            kind: 'paragraph',
            sourceCodes: [{ offset: 1, code: placeholder }],
          }}
          convert={(text) => text}
          showReadings={false}
          lang="zh-Hant"
          occurrences={[]}
          entriesById={new Map()}
        />
      </I18nextProvider>,
    );
    expect(screen.getByRole('img', { name: 'Inline code {0}' })).toBeInTheDocument();
    expect(container.textContent).toBe('共{0}項');
  });
});
