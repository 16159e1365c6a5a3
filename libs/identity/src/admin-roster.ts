import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { forbidden } from '@forum/graphql';
import { MemberDirectoryRepository } from './member-directory.repository.js';
import { Role } from './role.js';

/**
 * The forum keeps at least one active ADMIN: the last one cannot demote or deactivate itself (nobody else could undo
 * it but an operator with database access). Role changes and deactivations take the roster lock first, before any
 * member row, so two admins demoting themselves at once cannot both leave the other to be "the last".
 */
@Injectable()
export class AdminRoster {
  constructor(private readonly directory: MemberDirectoryRepository) {}

  /** Held until the caller's transaction ends; take it before locking the member. */
  lock(tx: EntityManager): Promise<void> {
    return this.directory.lockAdminRoster(tx);
  }

  /** FORBIDDEN (reason identity.last-admin) when the change would leave no active ADMIN. */
  async assertRemains(
    tx: EntityManager,
    member: { id: string; role: Role; active: boolean },
    after: { role?: Role; active?: boolean },
  ): Promise<void> {
    const wasAdmin = member.role === Role.ADMIN && member.active;
    const staysAdmin = (after.role ?? member.role) === Role.ADMIN && (after.active ?? member.active);
    if (!wasAdmin || staysAdmin) return;
    if ((await this.directory.otherActiveAdmins(tx, { except: member.id })) === 0)
      throw forbidden('The last active admin cannot stop being one: make another member ADMIN first').because(
        'identity.last-admin',
      );
  }
}
