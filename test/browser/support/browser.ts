import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { WORKSPACE_ROOT } from '@forum/testing';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const ARTIFACTS = join(WORKSPACE_ROOT, 'test-artifacts');

/**
 * Debian's Chromium, headless. Without the background-networking flags it tries Google's hosts at every start,
 * which a closed network refuses many times over. Playwright gives each launch a new empty profile (user data dir).
 */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
      '--disable-quic',
    ],
  });
}

/** A page that collects what the console and the page report (a CSP refusal shows up as a console error). */
export interface WatchedPage {
  page: Page;
  context: BrowserContext;
  problems: string[];
}

/** A new browser context (its own storage: another member on another device) with one page. */
export async function openContext(
  browser: Browser,
  baseURL: string,
  options: { locale?: string } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({ baseURL, locale: options.locale ?? 'en-GB', acceptDownloads: true });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return { page, context, problems };
}

/** Saves a full-page screenshot as test-artifacts/screenshots/<name>.png (kept by CI as an artifact). */
export async function screenshot(page: Page, name: string): Promise<void> {
  const folder = join(ARTIFACTS, 'screenshots');
  mkdirSync(folder, { recursive: true });
  await page.screenshot({ path: join(folder, `${name}.png`), fullPage: true });
}
