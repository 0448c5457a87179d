/**
 * Debian's Chromium, driven by playwright-core: found (or explained how to install), then
 * launched headless with a fresh profile and no background traffic.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

/** The Chromium binary: `CHROMIUM_PATH`, else Debian's. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** How to get Chromium, for the message printed when it is missing. */
export const INSTALL_HINT = [
  `Chromium not found at ${CHROMIUM_PATH}.`,
  'Install it:   sudo apt-get install -y chromium',
  'or point to another Chromium or Chrome:   CHROMIUM_PATH=/path/to/chromium npm run test:e2e',
].join('\n');

/** True when the Chromium binary is there. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM_PATH);
}

/** The flags of every launch: no sandbox (root in a VM), no GPU, nothing talking to the network. */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** Launches Chromium (playwright-core gives it a fresh temporary profile and removes it), for benchmarks that open contexts of their own. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}

/** Launches Chromium with a throwaway profile; `close()` also deletes the profile. */
export async function launch(): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'thi-dua-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [...CHROMIUM_ARGS],
    viewport: { width: 1280, height: 900 },
    locale: 'vi-VN',
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
