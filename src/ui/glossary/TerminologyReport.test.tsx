import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { makeCharFold } from '../../domain/glossary/charFold';
import { TerminologyIndex } from '../../domain/glossary/TerminologyIndex';
import { TermMatcher } from '../../domain/glossary/TermMatcher';
import { emptyRichText } from '../../domain/model/richText';
import { loadScriptConverter } from '../../domain/script/convertScript';
import { createI18n } from '../../i18n/i18n';
import { TerminologyReport } from './TerminologyReport';

async function flagsOf(count: number) {
  const matcher = new TermMatcher(makeCharFold(await loadScriptConverter('zh-Hans')));
  const entry = {
    id: 'de',
    projectId: 'p',
    source: '數字經濟',
    targets: ['digital economy'],
    status: 'preferred' as const,
    partOfSpeech: null,
    note: emptyRichText(),
    noteText: '',
    createdAt: 0,
    updatedAt: 0,
  };
  matcher.setTerms([entry]);
  const segments = Array.from({ length: count }, (_, index) => ({
    id: `s${index}`,
    source: '數字經濟是重要動力。',
    translationText: 'The online economy is a driver.',
  }));
  return new TerminologyIndex().update(segments, {
    findTerms: (text) => matcher.find(text),
    entriesById: new Map([[entry.id, entry]]),
  });
}

describe('the terminology report', () => {
  it('shows a page of flags with their count, and a page more at a time', async () => {
    const user = userEvent.setup();
    render(
      <I18nextProvider i18n={await createI18n('en')}>
        <TerminologyReport flags={await flagsOf(45)} pageSize={20} onJump={() => undefined} />
      </I18nextProvider>,
    );
    const report = screen.getByRole('region', { name: /Terminology/ });
    expect(within(report).getByRole('heading')).toHaveTextContent('Terminology 45 issues');
    const jumps = () => within(report).getAllByRole('listitem');
    expect(jumps()).toHaveLength(20);
    expect(within(jumps()[19] ?? report).getByRole('button')).toHaveAccessibleName(
      'Go to segment 20: Missing term: 數字經濟 → digital economy',
    );
    await user.click(within(report).getByRole('button', { name: 'Show 20 more' }));
    expect(jumps()).toHaveLength(40);
    await user.click(within(report).getByRole('button', { name: 'Show 5 more' }));
    expect(jumps()).toHaveLength(45);
    expect(within(report).queryByRole('button', { name: /^Show/ })).toBeNull();
  });
});
