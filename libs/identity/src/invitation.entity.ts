import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MemberEntity } from './member.entity.js';
import { OfficeEntity } from './office.entity.js';
import { Role } from './role.js';

/** An invitation to join an office with a role; single-use, time-limited, only its token's SHA-256 is stored. */
@Entity('invitation')
export class InvitationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Index()
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: Relation<OfficeEntity>;

  @Column({ type: 'enum', enum: Role, enumName: 'member_role' })
  role!: Role;

  @Column({ type: 'text', unique: true })
  tokenHash!: string;

  @Column({ type: 'uuid', nullable: true })
  invitedById!: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'invited_by_id' })
  invitedBy?: Relation<MemberEntity> | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;

  /** Revoked by an admin or office admin before it was accepted: it can no longer be accepted (NOT_FOUND). */
  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  /** Who revoked it (not a foreign key: the record outlives the member). */
  @Column({ type: 'uuid', nullable: true })
  revokedById!: string | null;

  @Column({ type: 'uuid', nullable: true })
  memberId!: string | null;

  /** The member created by accepting it. */
  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'member_id' })
  member?: Relation<MemberEntity> | null;
}
