import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFailureNotice } from '../common/useFailureNotice';
import { makeCharFold, type CharFold } from '../../domain/glossary/charFold';
import { loadScriptConverter } from '../../domain/script/convertScript';

/** One fold for the whole page, so the matcher, search and suggestions share its cache. */
let shared: CharFold | null = null;
let loading: Promise<CharFold> | null = null;

export function loadCharFold(): Promise<CharFold> {
  loading ??= loadScriptConverter('zh-Hans').then((toSimplified) => {
    shared = makeCharFold(toSimplified);
    return shared;
  });
  return loading;
}

/** The character fold terms are matched on, once the Simplified tables have loaded. */
export function useCharFold(): CharFold | null {
  // A function is state React would call: wrap it.
  // The fold is a function: React would call it as an initialiser, so it is wrapped.
  const [fold, setFold] = useState<CharFold | null>(() => shared);
  const reportFailure = useFailureNotice();
  const { t } = useTranslation();
  useEffect(() => {
    if (fold) return;
    let cancelled = false;
    reportFailure(
      (t) => t('asyncFailure.loadFold'),
      () =>
        loadCharFold().then((loaded) => {
          if (!cancelled) setFold(() => loaded);
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [fold, reportFailure, t]);
  return fold;
}
