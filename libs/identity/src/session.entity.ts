import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { MemberEntity } from './member.entity.js';

/**
 * A sign-in and the family of refresh tokens rotated from it. Revoking the session (sign-out, reuse of a rotated
 * refresh token, deactivation) ends every token of the family, and the access tokens that name it.
 */
@Entity('session')
export class SessionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Relation<MemberEntity>;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** SIGN_OUT, REUSE, DEACTIVATED ... for the audit trail and for support. */
  @Column({ type: 'text', nullable: true })
  revokedReason!: string | null;
}
