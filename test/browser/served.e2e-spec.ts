import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startApiProcess, WORKSPACE_ROOT } from '@forum/testing';
import { launchChromium, openContext } from './support/browser.js';
import { requireWebBuild, WEB_BUILD } from './support/forum.js';

// Issue 15, acceptance 1 and 7.
describe('the built web client', () => {
  it('is served at / by the API as `npm start` runs it (the built API, no DATABASE_URL: the embedded PostgreSQL), deep links and all', async () => {
    requireWebBuild();
    const dataDir = mkdtempSync(join(tmpdir(), 'forum-web-embedded-'));
    const api = await startApiProcess({ env: { DATA_DIR: dataDir, DATABASE_URL: undefined } });
    const browser = await launchChromium();
    try {
      const home = await fetch(`${api.url}/`, { headers: { accept: 'text/html' } });
      expect(home.status).toBe(200);
      const csp = home.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
      const html = await home.text();
      const entry = /<script type="module" crossorigin src="(\/assets\/[^"]+\.js)"/.exec(html)![1]!;
      const asset = await fetch(`${api.url}${entry}`);
      expect(asset.headers.get('cache-control')).toContain('immutable');
      // A page of the client (SPA fallback), but the API's paths stay the API's.
      expect(await (await fetch(`${api.url}/spaces/general`, { headers: { accept: 'text/html' } })).text()).toBe(html);
      expect((await fetch(`${api.url}/api/nothing-here`, { headers: { accept: 'text/html' } })).status).toBe(404);
      expect((await fetch(`${api.url}/assets/missing.js`)).status).toBe(404);
      expect((await fetch(`${api.url}/health/live`)).status).toBe(200);

      const { page, problems } = await openContext(browser, api.url);
      await page.goto('/');
      await page
        .getByRole('heading', { level: 1, name: 'The ten recommendations on ICT and IP administration' })
        .waitFor();
      await page.locator('article.recommendation').nth(9).waitFor();
      expect(await page.locator('article.recommendation').count()).toBe(10);
      await page.goto('/spaces/general');
      await page.getByRole('heading', { level: 1, name: 'General' }).waitFor();
      await page.goto('/no/such/page');
      await page.getByRole('heading', { level: 1, name: 'Not found' }).waitFor();
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      expect(await api.stop('SIGTERM')).toBe(0);
      rmSync(dataDir, { recursive: true, force: true });
    }
  });

  it("prints the first page's JavaScript, gzipped, within the 250 KB budget", () => {
    requireWebBuild();
    const printed = execFileSync(
      process.execPath,
      [join(WORKSPACE_ROOT, 'apps/web/scripts/first-page-budget.mjs'), WEB_BUILD],
      {
        encoding: 'utf8',
      },
    );
    const figure = /first page JavaScript: ([\d.]+) KB gzipped \(budget 250 KB\): within budget/.exec(printed);
    expect(figure).not.toBeNull();
    // The figure is what index.html makes the browser load before the first page shows: its module script and
    // the modules it preloads.
    const html = readFileSync(join(WEB_BUILD, 'index.html'), 'utf8');
    const files = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
    expect(files.length).toBeGreaterThan(0);
    const gzipped = files.reduce(
      (sum, file) => sum + gzipSync(readFileSync(join(WEB_BUILD, file)), { level: 9 }).length,
      0,
    );
    expect(Number(figure![1])).toBe(Number((gzipped / 1024).toFixed(1)));
    expect(gzipped).toBeLessThanOrEqual(250 * 1024);
  });
});
