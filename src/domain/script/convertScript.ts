import type { ScriptView } from './scriptView';

export type ScriptConverter = (text: string) => string;

const identity: ScriptConverter = (text) => text;
const cache = new Map<ScriptView, Promise<ScriptConverter>>();

/**
 * Loads the opencc-js converter for a view on first use: the dictionaries weigh hundreds of
 * kilobytes, so they stay out of the first load. Traditional views convert from `cn` because that
 * direction also normalises Traditional input (關于 → 關於), so they work whatever the source
 * script; the Simplified view converts from generic Traditional, a no-op on Simplified text.
 */
export function loadScriptConverter(view: ScriptView): Promise<ScriptConverter> {
  const cached = cache.get(view);
  if (cached) return cached;
  const loading = buildConverter(view);
  cache.set(view, loading);
  loading.catch(() => cache.delete(view));
  return loading;
}

async function buildConverter(view: ScriptView): Promise<ScriptConverter> {
  switch (view) {
    case 'original':
      return identity;
    case 'zh-Hans': {
      const { Converter } = await import('opencc-js/t2cn');
      return Converter({ from: 't', to: 'cn' });
    }
    case 'zh-Hant-TW': {
      const { Converter } = await import('opencc-js/cn2t');
      return Converter({ from: 'cn', to: 'tw' });
    }
    case 'zh-Hant-HK': {
      const { Converter } = await import('opencc-js/cn2t');
      return Converter({ from: 'cn', to: 'hk' });
    }
  }
}
