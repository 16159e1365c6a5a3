import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MemberEntity, OfficeEntity, Visibility } from '@forum/identity';
import { IpRight, StandardImplementation } from './standards.enums.js';

/** A WIPO standard (ST.26 ...), seeded at start. */
@Entity('wipo_standard')
export class WipoStandardEntity {
  /** "ST.26". */
  @Column({ type: 'text', primary: true })
  code!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  position!: number;
}

/**
 * One report of how far an office implements a standard for one IP right (recommendation 7). Reports are never
 * changed: the latest one the viewer may see is the status, the earlier ones its history.
 */
@Entity('standard_status')
@Index('standard_status_current_idx', ['officeId', 'standardCode', 'ipRight', 'reportedAt'])
export class StandardStatusEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id', foreignKeyConstraintName: 'standard_status_office_fk' })
  office?: Relation<OfficeEntity>;

  @Column({ type: 'text' })
  standardCode!: string;

  @ManyToOne(() => WipoStandardEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'standard_code', foreignKeyConstraintName: 'standard_status_standard_fk' })
  standard?: Relation<WipoStandardEntity>;

  @Column({ type: 'enum', enum: IpRight, enumName: 'ip_right' })
  ipRight!: IpRight;

  @Column({ type: 'enum', enum: StandardImplementation, enumName: 'standard_implementation' })
  status!: StandardImplementation;

  /** Required when PARTLY_IMPLEMENTED: what is and is not implemented. */
  @Column({ type: 'text', nullable: true })
  explanation!: string | null;

  /** Required when PLANNED. */
  @Column({ type: 'date', nullable: true })
  planDate!: string | null;

  @Column({ type: 'text', nullable: true })
  comment!: string | null;

  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility' })
  visibility!: Visibility;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  sharedWithOfficeIds!: string[];

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'standard_status_author_fk' })
  author?: Relation<MemberEntity>;

  @Column({ type: 'timestamptz', default: () => 'clock_timestamp()' })
  reportedAt!: Date;
}
