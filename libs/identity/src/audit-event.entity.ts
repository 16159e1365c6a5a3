import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum AuditKind {
  SIGN_IN = 'SIGN_IN',
  SIGN_IN_FAILED = 'SIGN_IN_FAILED',
  SIGN_IN_LOCKED = 'SIGN_IN_LOCKED',
  SIGN_IN_SLOWED = 'SIGN_IN_SLOWED',
  SIGN_IN_UNLOCKED = 'SIGN_IN_UNLOCKED',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  SIGN_OUT = 'SIGN_OUT',
  REFRESH_REUSED = 'REFRESH_REUSED',
  INVITATION_CREATED = 'INVITATION_CREATED',
  INVITATION_ACCEPTED = 'INVITATION_ACCEPTED',
  INVITATION_REVOKED = 'INVITATION_REVOKED',
  ROLE_CHANGED = 'ROLE_CHANGED',
  MEMBER_DEACTIVATED = 'MEMBER_DEACTIVATED',
  MEMBER_REACTIVATED = 'MEMBER_REACTIVATED',
  MEMBER_MOVED = 'MEMBER_MOVED',
  OFFICE_CREATED = 'OFFICE_CREATED',
  OFFICE_UPDATED = 'OFFICE_UPDATED',
  ADMIN_BOOTSTRAPPED = 'ADMIN_BOOTSTRAPPED',
  THREAD_LOCKED = 'THREAD_LOCKED',
  THREAD_UNLOCKED = 'THREAD_UNLOCKED',
  THREAD_PINNED = 'THREAD_PINNED',
  THREAD_UNPINNED = 'THREAD_UNPINNED',
  THREAD_MOVED = 'THREAD_MOVED',
  FLAG_RESOLVED = 'FLAG_RESOLVED',
  POST_REMOVED = 'POST_REMOVED',
}

/**
 * The ids are deliberately not foreign keys: the record of what happened must outlive what it is about.
 *
 * What happened to whom, by whom, from where. Append-only, but for one update: a sign-in attempt is recorded as
 * SIGN_IN_FAILED before its password is checked and becomes SIGN_IN when it succeeds (sign-in-throttle.ts).
 * Sign-in failures are also what the sign-in throttle counts (per e-mail and address, per address, per e-mail), so the
 * limits hold across API instances without another store.
 */
@Entity('audit_event')
@Index(['kind', 'email', 'at'])
@Index(['kind', 'ip', 'at'])
@Index(['at', 'id'])
export class AuditEventEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz' })
  at!: Date;

  @Column({ type: 'text' })
  kind!: AuditKind;

  /** The member who acted; null for anonymous attempts and the system. */
  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The member acted upon (signed in, invited, promoted, deactivated). */
  @Column({ type: 'uuid', nullable: true })
  memberId!: string | null;

  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  /** The e-mail concerned, lower-cased (also for unknown e-mails in failed sign-ins). */
  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  ip!: string | null;

  @Column({ type: 'jsonb', default: {} })
  details!: Record<string, unknown>;
}
