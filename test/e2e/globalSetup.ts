import type { TestProject } from 'vitest/node';
import { findChromium } from './findChromium';
import { serveDist, type DistServer } from './serveDist';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

let server: DistServer | undefined;

/**
 * Serves the build and finds Chromium. Outside CI a missing browser skips the browser tests with
 * a message; with CI=true it is an error, so CI never passes without running them.
 */
export default async function setup(project: TestProject) {
  const chromiumPath = findChromium();
  if (!chromiumPath) {
    const message =
      'No Chromium found (set CHROME_PATH, or apt-get install -y chromium): browser tests skipped.';
    if (process.env.CI === 'true') throw new Error(`CI=true: ${message.replace(' skipped', '')}`);
    console.warn(`\n${message}\n`);
  }
  server = await serveDist();
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromiumPath ?? '');
  return async () => {
    await server?.close();
  };
}
