import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const firstLoadBudgetKb = 220;
const distDirectory = join(import.meta.dirname, '..', '..', 'dist');

function staticScripts(html: string): string[] {
  const sources = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((m) => m[1]);
  const preloads = [...html.matchAll(/<link\b[^>]*>/g)]
    .map((m) => m[0])
    .filter((tag) => /\brel="modulepreload"/.test(tag))
    .map((tag) => /\bhref="([^"]+)"/.exec(tag)?.[1]);
  return [...new Set([...sources, ...preloads])].filter(
    (path): path is string => path !== undefined && path.endsWith('.js'),
  );
}

export interface LoadedChunk {
  path: string;
  raw: number;
  gzipped: number;
  note: string;
}

/** What the built app loads before the workspace shows (see firstLoad.ts), chunk by chunk. */
export function firstLoadChunks(dist = distDirectory): LoadedChunk[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const scripts = staticScripts(html);
  if (scripts.length === 0) throw new Error('dist/index.html loads no script: build first');
  const locales = readdirSync(join(dist, 'assets'))
    .filter((name) => /^translation-.*\.js$/.test(name))
    .map((name) => `/assets/${name}`);
  const sizes = (path: string) => {
    const bytes = readFileSync(join(dist, path.replace(/^\//, '')));
    return { path, raw: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
  };
  const activeLocale = locales.map(sizes).sort((a, b) => b.gzipped - a.gzipped)[0];
  if (!activeLocale) throw new Error('No locale chunk (assets/translation-*.js) in dist');
  return [
    ...scripts.map((path) => ({ ...sizes(path), note: '' })),
    { ...activeLocale, note: `  (interface language: largest of ${locales.length})` },
  ];
}
