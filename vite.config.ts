import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';

/**
 * A Content-Security-Policy for the production build: scripts only from the app itself (no
 * inline or injected script can run, whatever an imported file contains), no plugins, no
 * foreign frames. Left out of the dev server, whose React refresh preamble is an inline script.
 */
const contentSecurityPolicy: Plugin = {
  name: 'content-security-policy',
  apply: 'build',
  transformIndexHtml: (html) =>
    html.replace(
      '<meta charset="UTF-8" />',
      `<meta charset="UTF-8" />
    <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-src 'none'" />`,
    ),
};

/**
 * CC-CEDICT as the app's dictionary asset (generated/cc-cedict.bin, fetched on first use), made
 * before a build or the dev server starts, and again only when its inputs change. Tests do not
 * need it: they build their own from the data.
 */
const dictionaryAsset: Plugin = {
  name: 'dictionary-asset',
  buildStart() {
    if (process.env.VITEST) return;
    const tsx = createRequire(import.meta.url).resolve('tsx/cli');
    const run = spawnSync(process.execPath, [tsx, 'scripts/buildDictionary.ts', '--if-stale'], {
      stdio: 'inherit',
    });
    if (run.status !== 0) this.error('scripts/buildDictionary.ts failed');
  },
};

/**
 * The offline shell: `src/app/offline/shellWorker.ts` built as `sw.js`, told which files the build
 * wrote (the page, scripts, styles, workers; not source maps or the dictionary, which the
 * dictionary keeps itself) and a digest of them as its cache's version.
 */
const shellWorkerEntry = 'src/app/offline/shellWorker.ts';
const offlineShell: Plugin = {
  name: 'offline-shell',
  apply: 'build',
  generateBundle(_options, bundle) {
    const worker = bundle['sw.js'];
    if (worker?.type !== 'chunk') return this.error('sw.js is missing from the build');
    // The page itself is added to the bundle after this hook runs.
    const names = new Set([...Object.keys(bundle), 'index.html']);
    const files = [...names]
      .filter((file) => file !== 'sw.js' && !/\.(map|bin)$/.test(file))
      .sort();
    const digest = createHash('sha256');
    for (const file of files) digest.update(file);
    worker.code = worker.code
      .replaceAll('__SHELL_FILES__', JSON.stringify(files))
      .replaceAll('__SHELL_VERSION__', JSON.stringify(digest.digest('hex').slice(0, 16)));
  },
};

export default defineConfig({
  plugins: [react(), contentSecurityPolicy, dictionaryAsset, offlineShell],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  // Workers are started as modules, so their own dynamic imports (pinyin-pro in the dictionary
  // worker) stay separate chunks that load in parallel.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: { index: 'index.html', sw: shellWorkerEntry },
      output: {
        // The service worker's address must not change from build to build.
        entryFileNames: (chunk) => (chunk.name === 'sw' ? 'sw.js' : 'assets/[name]-[hash].js'),
        // V8's compile hint (Chromium): the editor's chunk is compiled whole while it streams in,
        // on a background thread, instead of function by function on the page's thread when
        // first called. The first keystroke of a session runs ~45 kB of ProseMirror and Tiptap
        // never run before (reading the DOM change, the transaction, the view's update) and paid
        // ~10 ms compiling it. Cost: ~200 ms of background compiling instead of ~60, and a code
        // cache of 829 kB instead of 365 kB (its writing, ~10 ms more on the page's thread).
        postBanner: (chunk) => (chunk.name === 'liveEditors' ? '//# allFunctionsCalledOnLoad' : ''),
      },
    },
  },
  test: {
    globals: false,
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
          exclude: ['test/e2e/**', 'node_modules/**'],
          setupFiles: ['test/setup.ts'],
        },
      },
      {
        // Whole flows in Debian's Chromium against the production build (npm run build first).
        test: {
          name: 'browser',
          environment: 'node',
          include: ['test/e2e/**/*.e2e.ts'],
          globalSetup: ['test/e2e/globalSetup.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
