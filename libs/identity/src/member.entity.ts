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
import { OfficeEntity } from './office.entity.js';
import { Role } from './role.js';

/**
 * A person on the staff of an IP office. E-mails are stored lower-cased and are unique regardless of case:
 * the functional unique index on lower(email) is written by hand in the migration (TypeORM cannot express it),
 * hence synchronize: false here.
 */
@Entity('member')
@Index('member_email_lower_key', { synchronize: false })
export class MemberEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  email!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Index()
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: Relation<OfficeEntity>;

  @Column({ type: 'enum', enum: Role, enumName: 'member_role', default: Role.MEMBER })
  role!: Role;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** argon2id (PHC string); null for members who only sign in through the office's single sign-on. */
  @Column({ type: 'text', nullable: true })
  passwordHash!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
