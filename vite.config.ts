import { defineConfig, type Plugin } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { spawnSync } from 'node:child_process';
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

export default defineConfig({
  plugins: [react(), contentSecurityPolicy, dictionaryAsset],
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
  // Workers are started as modules, so their own dynamic imports (pinyin-pro in the dictionary
  // worker) stay separate chunks that load in parallel.
  worker: { format: 'es' },
  build: {
    target: 'es2022',
    sourcemap: true,
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
