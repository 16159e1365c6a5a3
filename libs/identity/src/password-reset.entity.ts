import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, Unique, type Relation } from 'typeorm';
import { MemberEntity } from './member.entity.js';

/**
 * A one-time password-reset token made by the operator (`npm run admin -- reset-password <email>`): only its SHA-256
 * is stored; it expires, and using it once spends it. Table and constraints in the Governance migration.
 */
@Entity('password_reset')
@Unique('password_reset_token_hash_key', ['tokenHash'])
export class PasswordResetEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'password_reset_pkey' })
  id!: string;

  @Index('password_reset_member_idx')
  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'password_reset_member_fkey' })
  member?: Relation<MemberEntity>;

  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  usedAt!: Date | null;
}
