import { createTestDatabase } from './test-database.js';

describe('createTestDatabase', () => {
  it('gives each caller its own migrated database', async () => {
    const [a, b] = await Promise.all([createTestDatabase(), createTestDatabase()]);
    try {
      expect(a.name).not.toBe(b.name);
      const tables = await a.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_name = 'typeorm_migrations'`,
      );
      expect(tables[0].count).toBe(1);
      await a.query('CREATE TABLE only_in_a (id int)');
      const inB = await b.query<{ count: number }>(
        `SELECT count(*)::int AS count FROM information_schema.tables WHERE table_name = 'only_in_a'`,
      );
      expect(inB[0].count).toBe(0);
    } finally {
      await Promise.all([a.drop(), b.drop()]);
    }
  });
});
