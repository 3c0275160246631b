import { useEffect, useState } from 'react';
import { makeCharFold, type CharFold } from '../../domain/glossary/charFold';
import { loadScriptConverter } from '../../domain/script/convertScript';

/** The character fold terms are matched on, once the Simplified tables have loaded. */
export function useCharFold(): CharFold | null {
  const [fold, setFold] = useState<CharFold | null>(null);
  useEffect(() => {
    let cancelled = false;
    void loadScriptConverter('zh-Hans').then((toSimplified) => {
      if (!cancelled) setFold(() => makeCharFold(toSimplified));
    });
    return () => {
      cancelled = true;
    };
  }, []);
  return fold;
}
