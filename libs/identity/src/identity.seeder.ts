import { randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { LOGGER } from '@forum/observability';
import { AuditKind } from './audit-event.entity.js';
import { AuditEventEntity } from './audit-event.entity.js';
import { seedOffices } from './offices.seeder.js';
import { hashPassword } from './password.js';
import { Role } from './role.js';

// Any fixed number: replicas starting at once on an empty database must create one admin, not several.
const BOOTSTRAP_LOCK = 7_400_313;

export interface BootstrapResult {
  created: boolean;
  /** Set when the password was generated (it is logged once, never stored in clear). */
  generatedPassword?: string;
}

/** On an empty member table: the first ADMIN, in the WO office (the International Bureau). */
export async function bootstrapAdmin(
  manager: EntityManager,
  config: Pick<ForumConfig, 'adminEmail' | 'adminPassword'>,
  now: Date,
): Promise<BootstrapResult> {
  return manager.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [BOOTSTRAP_LOCK]);
    const [{ any }] = (await tx.query('SELECT EXISTS (SELECT 1 FROM member) AS any')) as { any: boolean }[];
    if (any) return { created: false };
    const generatedPassword = config.adminPassword ? undefined : randomBytes(18).toString('base64url');
    const [office] = (await tx.query(`SELECT id FROM office WHERE code = 'WO'`)) as { id: string }[];
    const [member] = (await tx.query(
      `INSERT INTO member (email, display_name, office_id, role, password_hash) VALUES ($1, 'Administrator', $2, $3, $4) RETURNING id`,
      [config.adminEmail, office.id, Role.ADMIN, await hashPassword(config.adminPassword ?? generatedPassword!)],
    )) as { id: string }[];
    await tx.insert(AuditEventEntity, {
      at: now,
      kind: AuditKind.ADMIN_BOOTSTRAPPED,
      memberId: member.id,
      officeId: office.id,
      email: config.adminEmail,
      details: {},
    });
    return { created: true, generatedPassword };
  });
}

/** At start, after the migrations: the offices, then the first administrator if there is no member yet. */
@Injectable()
export class IdentitySeeder implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FORUM_CONFIG) private readonly config: ForumConfig,
    @Inject(LOGGER) private readonly logger: Logger,
  ) {}

  async onModuleInit(): Promise<void> {
    await seedOffices(this.dataSource.manager);
    const result = await bootstrapAdmin(this.dataSource.manager, this.config, new Date());
    if (!result.created) return;
    if (result.generatedPassword) {
      this.logger.warn(
        { email: this.config.adminEmail, password: result.generatedPassword },
        'created the first administrator with a generated password: note it now, it is shown only this once',
      );
    } else {
      this.logger.info(
        { email: this.config.adminEmail },
        'created the first administrator from ADMIN_EMAIL / ADMIN_PASSWORD',
      );
    }
  }
}
