import { join } from 'node:path';
import { ESLint } from 'eslint';
import { WORKSPACE_ROOT } from '@forum/testing';

const RULE = 'forum/sql-only-in-repositories';
const eslint = new ESLint({ cwd: WORKSPACE_ROOT });

// A blob store reading its pieces itself instead of through ChunksRepository.
const STORE_WITH_SQL = `
import type { EntityManager } from 'typeorm';
export async function piece(db: EntityManager): Promise<unknown> {
  return db.query('SELECT data FROM document_chunk WHERE sha256 = $1', ['a']);
}
`;

describe('documents reach data through their repositories only (eslint.data-access.js)', () => {
  it('refuses SQL sent from outside a documents repository', async () => {
    const [result] = await eslint.lintText(STORE_WITH_SQL, {
      filePath: join(WORKSPACE_ROOT, 'libs/documents/src/storage/postgres-blob-store.ts'),
    });
    expect(result.messages.filter((message) => message.ruleId === RULE).map((message) => message.message)).toEqual([
      expect.stringContaining('EntityManager.query() outside a repository'),
    ]);
  }, 120_000);

  it('finds nothing in documents as they are', async () => {
    const results = await eslint.lintFiles([join(WORKSPACE_ROOT, 'libs/documents/src')]);
    const found = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === RULE || message.fatal)
        .map((message) => `${result.filePath}: ${message.message}`),
    );
    expect(found).toEqual([]);
  }, 180_000);
});
