import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { snapshotStack } from './testing/snapshot-rows.js';

const EDITION_ID = '00000000-0000-4000-8000-000000000301';

export interface EditionRow {
  id: string;
  name: string;
  yearly: boolean;
  taken_at: Date;
}

export interface EditionEntryRow {
  edition_id: string;
  product_key: string;
  product: string;
  ring: string;
  offices: number;
  movement: string;
}

async function snapshotEdition(db: EntityManager): Promise<string> {
  await db.query(`INSERT INTO radar_edition (id, name, yearly) VALUES ($1, 'snapshot', false)`, [EDITION_ID]);
  return EDITION_ID;
}

/** The SQL of radar editions. */
@Injectable()
export class RadarEditionsRepository {
  /** Serialises the taking of editions: each one's movement is against the one before it. */
  @SqlSnapshot({ params: [] })
  async lock(db: EntityManager): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('radar_edition'))`);
  }

  @SqlSnapshot({ params: [] })
  async latest(db: EntityManager): Promise<EditionRow | null> {
    const [row] = (await db.query(
      `SELECT id, name, yearly, taken_at FROM radar_edition ORDER BY taken_at DESC, name DESC LIMIT 1`,
    )) as EditionRow[];
    return row ?? null;
  }

  @SqlSnapshot({ params: [{ limit: 20 }] })
  async list(db: EntityManager, options: { limit: number }): Promise<EditionRow[]> {
    return (await db.query(
      `SELECT id, name, yearly, taken_at FROM radar_edition ORDER BY taken_at DESC, name DESC LIMIT $1`,
      [options.limit],
    )) as EditionRow[];
  }

  @SqlSnapshot({ params: [[EDITION_ID]] })
  async entriesOf(db: EntityManager, editionIds: readonly string[]): Promise<EditionEntryRow[]> {
    return (await db.query(
      `SELECT edition_id, product_key, product, ring, offices, movement FROM radar_edition_entry
       WHERE edition_id = ANY($1::uuid[]) ORDER BY edition_id, offices DESC, product`,
      [editionIds],
    )) as EditionEntryRow[];
  }

  /** The new edition's id, or null when an edition of that name exists (the yearly one from another instance). */
  @SqlSnapshot({
    params: async (db) => [{ name: '2027', yearly: true, takenById: (await snapshotStack(db)).memberId }],
  })
  async insert(
    db: EntityManager,
    edition: { name: string; yearly: boolean; takenById: string | null },
  ): Promise<EditionRow | null> {
    const [row] = (await db.query(
      `INSERT INTO radar_edition (name, yearly, taken_by_id) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO NOTHING RETURNING id, name, yearly, taken_at`,
      [edition.name, edition.yearly, edition.takenById],
    )) as EditionRow[];
    return row ?? null;
  }

  @SqlSnapshot({
    params: async (db) => [
      await snapshotEdition(db),
      [{ productKey: 'postgresql', product: 'PostgreSQL', ring: 'ADOPT', offices: 3, movement: 'NEW' }],
    ],
  })
  async insertEntries(
    db: EntityManager,
    editionId: string,
    entries: readonly { productKey: string; product: string; ring: string; offices: number; movement: string }[],
  ): Promise<void> {
    await db.query(
      `INSERT INTO radar_edition_entry (edition_id, product_key, product, ring, offices, movement)
       SELECT $1, x.product_key, x.product, x.ring, x.offices, x.movement
       FROM jsonb_to_recordset($2::jsonb) AS x(product_key text, product text, ring text, offices int, movement text)`,
      [
        editionId,
        JSON.stringify(
          entries.map((e) => ({
            product_key: e.productKey,
            product: e.product,
            ring: e.ring,
            offices: e.offices,
            movement: e.movement,
          })),
        ),
      ],
    );
  }

  /** Whether any office published a stack yet: an edition of nothing is not taken. */
  @SqlSnapshot({ params: [] })
  async anyStack(db: EntityManager): Promise<boolean> {
    const [row] = (await db.query(`SELECT EXISTS (SELECT 1 FROM tech_stack) AS any`)) as { any: boolean }[];
    return row.any;
  }
}
