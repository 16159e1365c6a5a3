import { Check, Column, Entity, JoinColumn, OneToOne, PrimaryColumn, type Relation } from 'typeorm';
import { MemberEntity } from '@forum/identity';
import { DEFAULT_EMAIL_FREQUENCY, EmailFrequency } from './email-frequency.js';

/** A member's e-mail choices; a member without a row has the defaults (a daily digest, in English). */
@Entity('email_setting')
@Check('email_setting_language_check', `language IN ('AR', 'EN', 'ES', 'FR', 'RU', 'ZH')`)
export class EmailSettingEntity {
  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'PK_email_setting' })
  memberId!: string;

  @OneToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_email_setting_member' })
  member?: Relation<MemberEntity>;

  @Column({ type: 'enum', enum: EmailFrequency, enumName: 'email_frequency', default: DEFAULT_EMAIL_FREQUENCY })
  frequency!: EmailFrequency;

  /** The language e-mails are written in (the Language enum's values; those without a translation get English). */
  @Column({ type: 'text', default: 'EN' })
  language!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** Each digest period is planned once (by whichever instance gets there first). */
@Entity('digest_plan')
export class DigestPlanEntity {
  @PrimaryColumn({
    type: 'enum',
    enum: EmailFrequency,
    enumName: 'email_frequency',
    primaryKeyConstraintName: 'PK_digest_plan',
  })
  frequency!: EmailFrequency;

  @PrimaryColumn({ type: 'timestamptz', primaryKeyConstraintName: 'PK_digest_plan' })
  periodStart!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  plannedAt!: Date;
}
