import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Where an e-mail stands: waiting (or retrying), sent, left unsent on purpose, or given up after its retries. */
export enum OutgoingMailState {
  PENDING = 'PENDING',
  SENT = 'SENT',
  SKIPPED = 'SKIPPED',
  FAILED = 'FAILED',
}

/**
 * One e-mail the forum owes someone, made in the transaction of what caused it. `key` says what it is about (a
 * notification, a member's digest of one period ...) and is unique, so asking twice never makes two e-mails; its id
 * is the pg-boss job's id and the left part of the Message-ID, the same on every attempt. What the e-mail says is
 * composed when it is sent (by the composer of its `kind`), so a member who may no longer see something is not told.
 * The platform knows no member table: `recipient_id` is the domain's id of the recipient, not a foreign key.
 */
@Entity('outgoing_mail')
@Index('outgoing_mail_key', ['key'], { unique: true })
@Index('outgoing_mail_pending_idx', ['createdAt'], { where: `state = 'PENDING'` })
@Check('outgoing_mail_state_check', `state IN ('PENDING', 'SENT', 'SKIPPED', 'FAILED')`)
export class OutgoingMailEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'PK_outgoing_mail' })
  id!: string;

  @Column({ type: 'text' })
  key!: string;

  /** Whose composer writes it, e.g. `notifications.digest`. */
  @Column({ type: 'text' })
  kind!: string;

  @Column({ type: 'uuid', nullable: true })
  recipientId!: string | null;

  /** Ids and dates only: the composer reads the rest when it sends. */
  @Column({ type: 'jsonb' })
  payload!: Record<string, unknown>;

  @Column({ type: 'text', default: OutgoingMailState.PENDING })
  state!: OutgoingMailState;

  @Column({ type: 'int', default: 0 })
  attempts!: number;

  /** The last failure (class and message, credentials blotted out). */
  @Column({ type: 'text', nullable: true })
  lastError!: string | null;

  @Column({ type: 'text', nullable: true })
  messageId!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt!: Date | null;
}
