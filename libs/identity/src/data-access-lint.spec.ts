import { join } from 'node:path';
import { ESLint } from 'eslint';
import { WORKSPACE_ROOT } from '@forum/testing';

const RULE = 'forum/sql-only-in-repositories';
const eslint = new ESLint({ cwd: WORKSPACE_ROOT });

/** The findings of the data-access rule for `code` as if it were the file at `path`. */
async function findings(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: join(WORKSPACE_ROOT, path) });
  const fatal = result.messages.filter((message) => message.fatal);
  if (fatal.length) throw new Error(fatal.map((message) => message.message).join('\n'));
  return result.messages.filter((message) => message.ruleId === RULE).map((message) => message.message);
}

// A service that reads another domain's table through an EntityManager named anything: what the rule is for.
const SERVICE_WITH_SQL = `
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';

@Injectable()
export class ProbeService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run(anything: EntityManager): Promise<unknown> {
    await this.dataSource.transaction(async (tx) => tx.query('SELECT 1'));
    await anything.find('post');
    return this.dataSource.manager.createQueryBuilder().select('1').getRawMany();
  }
}
`;

describe('SQL only in repositories (eslint.data-access.js)', () => {
  it('refuses SQL sent from a service, whatever the manager is called, but lets it open a transaction', async () => {
    const messages = await findings('libs/identity/src/members.service.ts', SERVICE_WITH_SQL);
    expect(messages).toEqual([
      expect.stringContaining('EntityManager.query() outside a repository'),
      expect.stringContaining('EntityManager.find() outside a repository'),
      expect.stringContaining('EntityManager.createQueryBuilder() outside a repository'),
    ]);
  }, 120_000);

  it('allows the same code in a repository', async () => {
    expect(await findings('libs/identity/src/members.repository.ts', SERVICE_WITH_SQL)).toEqual([]);
  }, 120_000);

  it('finds nothing in identity and catalog as they are', async () => {
    const results = await eslint.lintFiles(
      ['libs/identity/src', 'libs/catalog/src'].map((dir) => join(WORKSPACE_ROOT, dir)),
    );
    const found = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId === RULE)
        .map((message) => `${result.filePath}: ${message.message}`),
    );
    expect(found).toEqual([]);
  }, 180_000);
});
