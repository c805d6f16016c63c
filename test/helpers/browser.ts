import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';

// Debian's Chromium driven by playwright-core: no browser download (never `playwright install`), a
// fresh profile per launch, and every switch that would make the browser call home turned off.
export const CHROMIUM = '/usr/bin/chromium';

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: install Debian's Chromium (apt-get install -y chromium), as .ci/run does`);
  const { chromium } = await import('playwright-core');
  const profile = mkdtempSync(join(tmpdir(), 'gv-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    viewport: { width: 1280, height: 900 },
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** What a page did while open: console errors and warnings, uncaught errors, and any request off the file. */
export interface PageWatch {
  page: Page;
  problems: string[];
  requests: string[];
}

/**
 * Opens a report and waits until every view is drawn. The page's own times since navigation started:
 * `openedMs` when the first screen was drawn, `readyMs` when the last view was.
 */
export async function openWatched(
  browser: Browser,
  file: string,
): Promise<PageWatch & { openedMs: number; readyMs: number }> {
  const page = await browser.context.newPage();
  const watch: PageWatch = { page, problems: [], requests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error' || message.type() === 'warning')
      watch.problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => watch.problems.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith('file:')) watch.requests.push(request.url());
  });
  await page.goto(`file://${file}`);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 30_000 });
  const html = page.locator('html');
  const openedMs = Number(await html.getAttribute('data-opened-at'));
  const readyMs = Number(await html.getAttribute('data-ready-at'));
  return { ...watch, openedMs, readyMs };
}
