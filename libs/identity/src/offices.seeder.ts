import type { EntityManager } from 'typeorm';
import { officeSeeds } from './offices.data.js';

/**
 * Inserts the offices that are missing. An office that exists keeps its name and region: admins may have
 * corrected them (updateOffice), and a restart must not undo that. Safe on every start and from several replicas.
 */
export async function seedOffices(manager: EntityManager): Promise<void> {
  const seeds = officeSeeds();
  await manager.query(
    `INSERT INTO office (code, name, region)
     SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
     ON CONFLICT (code) DO NOTHING`,
    [seeds.map((s) => s.code), seeds.map((s) => s.name), seeds.map((s) => s.region)],
  );
}
