#!/usr/bin/env node
// npm run migration:generate -- <Name>
// Builds, starts a throwaway PostgreSQL (embedded, or a fresh database on DATABASE_URL's server), applies the
// committed migrations, lets TypeORM write the difference to the entities as a new migration, and lists it in
// libs/platform/database/src/migrations/index.ts. Review the file before committing it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('usage: npm run migration:generate -- <PascalCaseName>');
  process.exit(2);
}
const root = new URL('..', import.meta.url).pathname;
const folder = join(root, 'libs/platform/database/src/migrations');
execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

const { startEmbeddedPostgres } = await import(join(root, 'dist/libs/platform/database/src/embedded-postgres.js'));
const dataDir = mkdtempSync(join(tmpdir(), 'forum-migration-'));
const server = await startEmbeddedPostgres({ dataDir, database: 'migration' });
try {
  const env = { ...process.env, DATABASE_URL: server.url };
  const cli = [join(root, 'node_modules/typeorm/cli.js')];
  const dataSource = ['-d', join(root, 'dist/apps/api/src/data-source.js')];
  execFileSync('node', [...cli, 'migration:run', ...dataSource], { cwd: root, env, stdio: 'inherit' });
  const before = new Set(readdirSync(folder));
  execFileSync('node', [...cli, 'migration:generate', ...dataSource, '--pretty', join(folder, name)], {
    cwd: root,
    env,
    stdio: 'inherit',
  });
  const created = readdirSync(folder).filter((file) => !before.has(file) && file.endsWith('.ts'));
  for (const file of created) {
    const text = readFileSync(join(folder, file), 'utf8');
    const className = /export class (\w+)/.exec(text)[1];
    const index = join(folder, 'index.ts');
    const current = readFileSync(index, 'utf8');
    const withImport = current.replace(
      /(\/\/[^\n]*\n)/,
      `$1import { ${className} } from './${file.replace(/\.ts$/, '.js')}';\n`,
    );
    writeFileSync(
      index,
      withImport.replace(/export const migrations = \[([^\]]*)\];/, (_, list) => {
        const items = list
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean);
        return `export const migrations = [${[...items, className].join(', ')}];`;
      }),
    );
    console.log(`created ${file}; listed ${className} in migrations/index.ts`);
  }
} finally {
  await server.stop();
  rmSync(dataDir, { recursive: true, force: true });
}
