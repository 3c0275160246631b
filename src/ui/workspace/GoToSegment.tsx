import { useState } from 'react';
import { useTranslation } from 'react-i18next';

export function GoToSegment({ count, onGo }: { count: number; onGo: (number: number) => void }) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  return (
    <form
      className="go-to"
      onSubmit={(event) => {
        event.preventDefault();
        const number = Number.parseInt(value, 10);
        if (Number.isInteger(number) && number >= 1 && number <= count) onGo(number);
      }}
    >
      <input
        aria-label={t('segment.goTo')}
        title={t('segment.goTo')}
        placeholder={t('layout.goToPlaceholder')}
        type="number"
        min={1}
        max={count}
        inputMode="numeric"
        value={value}
        onChange={(event) => setValue(event.target.value)}
      />
      <button type="submit">{t('segment.goToSubmit')}</button>
    </form>
  );
}
