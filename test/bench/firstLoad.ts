/**
 * `tsx test/bench/firstLoad.ts`: the JavaScript a browser must download before the workspace
 * shows, i.e. what dist/index.html loads statically (module scripts and modulepreload links),
 * each gzipped at level 9, against the 220 kB budget (kB = 1,000 bytes, as Vite prints sizes). It builds nothing: run `vite build` first.
 * The texts of the interface language are downloaded at start-up too, so the largest locale
 * chunk is added. Chunks only imported later (the editor, other locales, opencc, exporters) are
 * not counted: they arrive after the first paint.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const budgetKb = 220;
const dist = join(import.meta.dirname, '..', '..', 'dist');

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

function main() {
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
  const loaded = [
    ...scripts.map((path) => ({ ...sizes(path), note: '' })),
    { ...activeLocale, note: `  (interface language: largest of ${locales.length})` },
  ];
  let totalBytes = 0;
  for (const { path, raw, gzipped, note } of loaded) {
    totalBytes += gzipped;
    console.log(
      `${path.padEnd(44)} ${(raw / 1000).toFixed(1).padStart(8)} kB  ${(gzipped / 1000).toFixed(1).padStart(7)} kB gzip${note}`,
    );
  }
  const totalKb = totalBytes / 1000;
  const verdict = totalKb <= budgetKb ? 'PASS' : 'FAIL';
  console.log(
    `First load: ${totalKb.toFixed(1)} kB gzip of JavaScript (budget ${budgetKb} kB): ${verdict}`,
  );
  if (verdict === 'FAIL') process.exitCode = 1;
}

main();
