import type { EntityManager } from 'typeorm';
import { officeSeeds } from './offices.data.js';
import { OfficesRepository } from './offices.repository.js';

/**
 * Inserts the offices that are missing. An office that exists keeps its name and region: admins may have
 * corrected them (updateOffice), and a restart must not undo that. Safe on every start and from several replicas.
 */
export async function seedOffices(manager: EntityManager): Promise<void> {
  await new OfficesRepository().insertMissing(manager, officeSeeds());
}
