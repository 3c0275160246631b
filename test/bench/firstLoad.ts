/**
 * `tsx test/bench/firstLoad.ts`: the JavaScript a browser must download before the workspace
 * shows, i.e. what dist/index.html loads statically (module scripts and modulepreload links),
 * each gzipped at level 9, against the 220 kB budget (kB = 1,000 bytes, as Vite prints sizes). It builds nothing: run `vite build` first.
 * Chunks that are only imported dynamically (the editor, other locales, opencc, exporters) are
 * not counted: they arrive after the first paint.
 */
import { readFileSync } from 'node:fs';
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
  let totalBytes = 0;
  for (const path of scripts) {
    const bytes = readFileSync(join(dist, path.replace(/^\//, '')));
    const gzipped = gzipSync(bytes, { level: 9 }).length;
    totalBytes += gzipped;
    console.log(
      `${path.padEnd(44)} ${(bytes.length / 1000).toFixed(1).padStart(8)} kB  ${(gzipped / 1000).toFixed(1).padStart(7)} kB gzip`,
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
