/**
 * `tsx test/bench/firstLoad.ts`: the JavaScript a browser must download before the workspace
 * shows, i.e. what dist/index.html loads statically (module scripts and modulepreload links),
 * each gzipped at level 9, against the 220 kB budget (kB = 1,000 bytes, as Vite prints sizes). It builds nothing: run `vite build` first.
 * The texts of the interface language are downloaded at start-up too, so the largest locale
 * chunk is added. Chunks only imported later (the editor, other locales, opencc, exporters) are
 * not counted: they arrive after the first paint.
 */
import { firstLoadBudgetKb as budgetKb, firstLoadChunks } from './firstLoadChunks';

function main() {
  const loaded = firstLoadChunks();
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
