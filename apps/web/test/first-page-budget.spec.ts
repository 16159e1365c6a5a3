import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { firstPageScripts, measureFirstPage } from '../scripts/first-page-budget.mjs';

const SCRIPT = join(import.meta.dirname, '../scripts/first-page-budget.mjs');

/** A built client in a temporary folder: index.html loading an entry that preloads a chunk, and a lazy chunk. */
function fakeBuild(entryBytes: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'web-budget-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(
    join(dir, 'index.html'),
    '<html><head><script type="module" crossorigin src="/assets/index-1.js"></script>' +
      '<link rel="modulepreload" crossorigin href="/assets/vendor-2.js"><link rel="stylesheet" href="/assets/x.css">' +
      '</head></html>',
  );
  writeFileSync(join(dir, 'assets/index-1.js'), entryBytes);
  writeFileSync(join(dir, 'assets/vendor-2.js'), 'export const vendor = 1;\n'.repeat(200));
  writeFileSync(join(dir, 'assets/lazy-3.js'), randomBytes(400_000)); // loaded on demand: not counted
  return dir;
}

describe('the first page budget (scripts/first-page-budget.mjs)', () => {
  it('counts the entry script and its modulepreloads, gzipped, not the chunks loaded later', () => {
    const dir = fakeBuild(Buffer.from('console.log("first page");\n'.repeat(1000)));
    try {
      expect(
        firstPageScripts(`<script type="module" src="/a.js"></script><link rel="modulepreload" href="/b.js">`),
      ).toEqual(['/a.js', '/b.js']);
      const measured = measureFirstPage(dir) as { gzipped: number; files: { file: string }[] };
      expect(measured.files.map((file) => file.file)).toEqual(['/assets/index-1.js', '/assets/vendor-2.js']);
      const expected =
        gzipSync(Buffer.from('console.log("first page");\n'.repeat(1000)), { level: 9 }).length +
        gzipSync(Buffer.from('export const vendor = 1;\n'.repeat(200)), { level: 9 }).length;
      expect(measured.gzipped).toBe(expected);
      const printed = execFileSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
      expect(printed).toContain(`first page JavaScript: ${(expected / 1024).toFixed(1)} KB gzipped (budget 250 KB)`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('fails (exit 1) when the first page is over the budget', () => {
    // 300 KB of random bytes do not compress: over a 250 KB budget.
    const dir = fakeBuild(randomBytes(300 * 1024));
    try {
      const run = spawnSync(process.execPath, [SCRIPT, dir], { encoding: 'utf8' });
      expect(run.status).toBe(1);
      expect(run.stdout).toMatch(/OVER BUDGET/);
      expect(spawnSync(process.execPath, [SCRIPT, dir, '--budget-kb', '400'], { encoding: 'utf8' }).status).toBe(0);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
