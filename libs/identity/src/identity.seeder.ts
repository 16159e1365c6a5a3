import { randomBytes } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { LOGGER } from '@forum/observability';
import { AuditKind } from './audit-event.entity.js';
import { AuditRepository } from './audit.repository.js';
import { MembersRepository } from './members.repository.js';
import { OfficesRepository } from './offices.repository.js';
import { seedOffices } from './offices.seeder.js';
import { hashPassword } from './password.js';
import { Role } from './role.js';

export interface BootstrapResult {
  created: boolean;
  /** Set when the password was generated (it is logged once, never stored in clear). */
  generatedPassword?: string;
}

/**
 * On an empty member table: the first ADMIN, in the WO office (the International Bureau). Runs at start, before Nest
 * has made any provider: the repositories have no dependencies, so it makes its own.
 */
export async function bootstrapAdmin(
  manager: EntityManager,
  config: Pick<ForumConfig, 'adminEmail' | 'adminPassword'>,
  now: Date,
): Promise<BootstrapResult> {
  const members = new MembersRepository();
  return manager.transaction(async (tx) => {
    await members.lockBootstrap(tx);
    if (await members.anyExists(tx)) return { created: false };
    const generatedPassword = config.adminPassword ? undefined : randomBytes(18).toString('base64url');
    const office = await new OfficesRepository().byCode(tx, 'WO');
    if (!office) throw new Error('The WO office is missing: seed the offices first');
    const member = await members.insert(tx, {
      email: config.adminEmail,
      displayName: 'Administrator',
      officeId: office.id,
      role: Role.ADMIN,
      passwordHash: await hashPassword(config.adminPassword ?? generatedPassword!),
    });
    await new AuditRepository().insert(tx, {
      at: now,
      kind: AuditKind.ADMIN_BOOTSTRAPPED,
      actorId: null,
      memberId: member.id,
      officeId: office.id,
      email: config.adminEmail,
      ip: null,
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
    if (!result.created) {
      // Said out loud: an operator who sets ADMIN_PASSWORD to get back in must not believe it was applied.
      if (this.config.adminPassword)
        this.logger.warn(
          { email: this.config.adminEmail },
          'ADMIN_PASSWORD is ignored: the database has members already (to set a password: npm run admin -- reset-password <email>)',
        );
      return;
    }
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
