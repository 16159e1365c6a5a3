import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import type { AliasRow } from './product-names.js';

/** The SQL of product_alias. */
@Injectable()
export class ProductsRepository {
  /** The alias rows of these keys (keys without an alias are absent). */
  @SqlSnapshot({ params: [['postgres', 'postgresql']] })
  async byAliasKeys(db: EntityManager, keys: readonly string[]): Promise<AliasRow[]> {
    return (await db.query(
      `SELECT alias_key AS "aliasKey", product, product_key AS "productKey"
       FROM product_alias WHERE alias_key = ANY($1::text[])`,
      [keys],
    )) as AliasRow[];
  }

  /** Adds the rows whose alias is new; existing aliases (a moderator's choice included) are kept. */
  @SqlSnapshot({ params: [[{ aliasKey: 'pg', product: 'PostgreSQL', productKey: 'postgresql' }]] })
  async insertMissing(db: EntityManager, rows: readonly AliasRow[]): Promise<void> {
    await db.query(
      `INSERT INTO product_alias (alias_key, product, product_key)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) ON CONFLICT (alias_key) DO NOTHING`,
      [rows.map((r) => r.aliasKey), rows.map((r) => r.product), rows.map((r) => r.productKey)],
    );
  }

  /** Sets what a spelling means (a moderator's correction wins over the seed). */
  @SqlSnapshot({ params: [{ aliasKey: 'pg', product: 'PostgreSQL', productKey: 'postgresql' }] })
  async upsert(db: EntityManager, row: AliasRow): Promise<void> {
    await db.query(
      `INSERT INTO product_alias (alias_key, product, product_key) VALUES ($1, $2, $3)
       ON CONFLICT (alias_key) DO UPDATE SET product = EXCLUDED.product, product_key = EXCLUDED.product_key`,
      [row.aliasKey, row.product, row.productKey],
    );
  }
}
