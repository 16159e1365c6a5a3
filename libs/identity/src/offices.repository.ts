import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { OfficeEntity } from './office.entity.js';
import type { OfficeSeed } from './offices.data.js';

// Fixed values for the SQL snapshots (queries/offices.repository.sql).
const OFFICE_ID = '00000000-0000-4000-8000-000000000001';
const OTHER_OFFICE_ID = '00000000-0000-4000-8000-000000000002';

/** Every statement on the office table. Callers pass their transaction, or the DataSource's manager to read. */
@Injectable()
export class OfficesRepository {
  @SqlSnapshot({ params: [] })
  list(db: EntityManager): Promise<OfficeEntity[]> {
    return db.find(OfficeEntity, { order: { code: 'ASC' } });
  }

  /** `code` as stored: upper case, two letters. */
  @SqlSnapshot({ params: ['DE'] })
  byCode(db: EntityManager, code: string): Promise<OfficeEntity | null> {
    return db.findOneBy(OfficeEntity, { code });
  }

  @SqlSnapshot({ params: [OFFICE_ID] })
  byId(db: EntityManager, id: string): Promise<OfficeEntity | null> {
    return db.findOneBy(OfficeEntity, { id });
  }

  /** Uuids only (the caller filters). */
  @SqlSnapshot({ params: [[OFFICE_ID, OTHER_OFFICE_ID]] })
  byIds(db: EntityManager, ids: string[]): Promise<OfficeEntity[]> {
    return db.findBy(OfficeEntity, { id: In(ids) });
  }

  /** Well-formed codes only (the caller filters: a NUL character would fail in PostgreSQL). */
  @SqlSnapshot({ params: [['DE', 'FR']] })
  byCodes(db: EntityManager, codes: string[]): Promise<OfficeEntity[]> {
    return db.findBy(OfficeEntity, { code: In(codes) });
  }

  /** The office, its row locked until the caller's transaction ends (an edit). */
  @SqlSnapshot({ params: ['DE'] })
  lockByCode(db: EntityManager, code: string): Promise<OfficeEntity | null> {
    return db.findOne(OfficeEntity, { where: { code }, lock: { mode: 'pessimistic_write' } });
  }

  /** The new office, or null when the code exists already. */
  @SqlSnapshot({ params: [{ code: 'XA', name: 'Example Office', region: 'Europe' }] })
  async insert(db: EntityManager, office: OfficeSeed): Promise<OfficeEntity | null> {
    const inserted = (await db.query(
      `INSERT INTO office (code, name, region) VALUES ($1, $2, $3) ON CONFLICT (code) DO NOTHING RETURNING id, code, name, region`,
      [office.code, office.name, office.region],
    )) as OfficeEntity[];
    return inserted[0] ?? null;
  }

  @SqlSnapshot({ params: [OFFICE_ID, { name: 'Example Office', region: null }] })
  async update(db: EntityManager, id: string, changes: { name: string; region: string | null }): Promise<void> {
    await db.update(OfficeEntity, { id }, changes);
  }

  /** Inserts the offices that are missing; existing ones keep their (possibly corrected) name and region. */
  @SqlSnapshot({ params: [[{ code: 'XA', name: 'Example Office', region: null }]] })
  async insertMissing(db: EntityManager, seeds: readonly OfficeSeed[]): Promise<void> {
    await db.query(
      `INSERT INTO office (code, name, region)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[])
       ON CONFLICT (code) DO NOTHING`,
      [seeds.map((s) => s.code), seeds.map((s) => s.name), seeds.map((s) => s.region)],
    );
  }
}
