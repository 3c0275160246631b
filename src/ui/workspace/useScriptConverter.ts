import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFailureNotice } from '../common/useFailureNotice';
import { loadScriptConverter, type ScriptConverter } from '../../domain/script/convertScript';
import type { ScriptView } from '../../domain/script/scriptView';

const identity: ScriptConverter = (text) => text;

/** The converter for a view; the original text shows while opencc-js loads. */
export function useScriptConverter(view: ScriptView): ScriptConverter {
  const [loaded, setLoaded] = useState<{ view: ScriptView; convert: ScriptConverter }>({
    view: 'original',
    convert: identity,
  });
  const reportFailure = useFailureNotice();
  const { t } = useTranslation();
  useEffect(() => {
    let cancelled = false;
    reportFailure(
      (t) => t('asyncFailure.loadConverter'),
      () =>
        loadScriptConverter(view).then((convert) => {
          if (!cancelled) setLoaded({ view, convert });
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [view, reportFailure, t]);
  return loaded.view === view ? loaded.convert : identity;
}
