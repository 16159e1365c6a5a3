#!/usr/bin/env node
// Prints the JavaScript the first page loads (the entry script of index.html and every module it preloads), gzipped,
// and fails the build when it is over the budget. Pages load their own chunks on demand (React.lazy), so what is
// counted here is the shell every visit pays for.
//   node apps/web/scripts/first-page-budget.mjs [dist/apps/web] [--budget-kb 250]
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

export const BUDGET_KB = 250;

/** The files of the first page: index.html's module scripts and modulepreload links, in order, once each. */
export function firstPageScripts(html) {
  const files = [];
  const tag = /<(script|link)\b[^>]*>/g;
  for (const [element, name] of html.matchAll(tag)) {
    const attribute = (key) => new RegExp(`\\b${key}="([^"]*)"`).exec(element)?.[1];
    const path = name === 'script' && attribute('type') === 'module' ? attribute('src') : undefined;
    const preload = name === 'link' && attribute('rel') === 'modulepreload' ? attribute('href') : undefined;
    const file = path ?? preload;
    if (file && !files.includes(file)) files.push(file);
  }
  return files;
}

/** Sizes of the first page's JavaScript in `dir` (a built client), in bytes, gzipped at the highest level. */
export function measureFirstPage(dir) {
  const html = readFileSync(join(dir, 'index.html'), 'utf8');
  const files = firstPageScripts(html).map((src) => {
    const bytes = readFileSync(join(dir, src.replace(/^\//, '')));
    return { file: src, bytes: bytes.length, gzipped: gzipSync(bytes, { level: 9 }).length };
  });
  if (files.length === 0) throw new Error(`${dir}/index.html loads no module script`);
  return { files, gzipped: files.reduce((sum, file) => sum + file.gzipped, 0) };
}

export const kilobytes = (bytes) => (bytes / 1024).toFixed(1);

function main(argv) {
  const budgetAt = argv.indexOf('--budget-kb');
  const budgetKb = budgetAt >= 0 ? Number(argv[budgetAt + 1]) : BUDGET_KB;
  const dirArg = argv.find((arg, i) => !arg.startsWith('--') && argv[i - 1] !== '--budget-kb');
  const dir = resolve(dirArg ?? fileURLToPath(new URL('../../../dist/apps/web', import.meta.url)));
  const { files, gzipped } = measureFirstPage(dir);
  for (const file of files)
    console.log(`  ${file.file}  ${kilobytes(file.bytes)} KB, ${kilobytes(file.gzipped)} KB gzipped`);
  const within = gzipped <= budgetKb * 1024;
  console.log(
    `first page JavaScript: ${kilobytes(gzipped)} KB gzipped (budget ${budgetKb} KB): ${within ? 'within budget' : 'OVER BUDGET'}`,
  );
  return within ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url))
  process.exit(main(process.argv.slice(2)));
