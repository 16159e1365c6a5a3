import { join } from 'node:path';
import { ESLint } from 'eslint';
import { WORKSPACE_ROOT } from '@forum/testing';

const RULE = 'forum/sql-only-in-repositories';
const eslint = new ESLint({ cwd: WORKSPACE_ROOT });

// What mentions.service.ts did before: read identity's tables with the caller's transaction.
const SERVICE_WITH_SQL = `
import type { EntityManager } from 'typeorm';
export async function candidates(tx: EntityManager): Promise<unknown> {
  return tx.query('SELECT id FROM office WHERE code = ANY($1::text[])', [['DE']]);
}
`;

describe('discussions reach data through their repositories only (eslint.data-access.js)', () => {
  it('refuses SQL sent from a discussions service', async () => {
    const [result] = await eslint.lintText(SERVICE_WITH_SQL, {
      filePath: join(WORKSPACE_ROOT, 'libs/discussions/src/mentions.service.ts'),
    });
    expect(result.messages.filter((message) => message.ruleId === RULE).map((message) => message.message)).toEqual([
      expect.stringContaining('EntityManager.query() outside a repository'),
    ]);
  }, 120_000);

  it('finds nothing in discussions as they are', async () => {
    const results = await eslint.lintFiles([join(WORKSPACE_ROOT, 'libs/discussions/src')]);
    const found = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === RULE || message.fatal)
        .map((message) => `${result.filePath}: ${message.message}`),
    );
    expect(found).toEqual([]);
  }, 180_000);
});
