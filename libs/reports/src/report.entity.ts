import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ThreadEntity } from '@forum/discussions';
import { Language } from '@forum/graphql';
import { MemberEntity, OfficeEntity, Visibility } from '@forum/identity';
import { BudgetBand, DeliveryModel, ProjectPhase, TeamSizeBand, WouldDoAgain } from './report.enums.js';

/** Lessons learned on an ICT project (recommendation 9, and whichever others it speaks to), typed to be compared. */
@Entity('experience_report')
@Index('experience_report_listing_idx', ['updatedAt', 'id'])
// GIN indexes on recommendations and technology_keys for the filters: written by hand in the migration.
@Index('experience_report_recommendations_gin_idx', { synchronize: false })
@Index('experience_report_technology_keys_gin_idx', { synchronize: false })
@Check(
  'experience_report_recommendations_check',
  'cardinality("recommendations") > 0 AND 1 <= ALL("recommendations") AND 10 >= ALL("recommendations")',
)
export class ExperienceReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('experience_report_office_idx')
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id', foreignKeyConstraintName: 'experience_report_office_fk' })
  office?: Relation<OfficeEntity>;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'experience_report_author_fk' })
  author?: Relation<MemberEntity>;

  /** Its discussion (kind EXPERIENCE_REPORT, in the space of its first recommendation), started with it. */
  @Column({ type: 'uuid', unique: true })
  threadId!: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'experience_report_thread_fk' })
  thread?: Relation<ThreadEntity>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  projectName!: string;

  @Column({ type: 'enum', enum: DeliveryModel, enumName: 'delivery_model' })
  deliveryModel!: DeliveryModel;

  @Column({ type: 'enum', enum: ProjectPhase, enumName: 'project_phase', array: true, default: () => "'{}'" })
  phases!: ProjectPhase[];

  /** The recommendation numbers (1-10) it speaks to; the first decides its thread's space. */
  @Column({ type: 'integer', array: true })
  recommendations!: number[];

  /** Technologies as written (display). */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  technologies!: string[];

  /** The same technologies as stacks' product keys ('postgres' is 'postgresql'): what the technology filter compares. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  technologyKeys!: string[];

  @Column({ type: 'text' })
  outcome!: string;

  @Column({ type: 'text' })
  lessonsLearned!: string;

  @Column({ type: 'integer', nullable: true })
  plannedMonths!: number | null;

  @Column({ type: 'integer', nullable: true })
  actualMonths!: number | null;

  @Column({ type: 'enum', enum: BudgetBand, enumName: 'budget_band', nullable: true })
  budgetBand!: BudgetBand | null;

  @Column({ type: 'enum', enum: TeamSizeBand, enumName: 'team_size_band', nullable: true })
  teamSizeBand!: TeamSizeBand | null;

  @Column({ type: 'text', nullable: true })
  sourcingNotes!: string | null;

  @Column({ type: 'enum', enum: WouldDoAgain, enumName: 'would_do_again', nullable: true })
  wouldDoAgain!: WouldDoAgain | null;

  @Column({ type: 'enum', enum: Language, enumName: 'language', default: Language.EN })
  language!: Language;

  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility' })
  visibility!: Visibility;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  sharedWithOfficeIds!: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** A report's earlier content, kept when it is edited (as posts keep their revisions). */
@Entity('experience_report_revision')
@Index('experience_report_revision_report_idx', ['reportId', 'createdAt'])
export class ExperienceReportRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  reportId!: string;

  @ManyToOne(() => ExperienceReportEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'experience_report_revision_report_fk' })
  report?: Relation<ExperienceReportEntity>;

  /** The content as it was before the edit (the typed fields, as JSON). */
  @Column({ type: 'jsonb' })
  content!: Record<string, unknown>;

  /** When that content had been written. */
  @Column({ type: 'timestamptz' })
  writtenAt!: Date;

  @Column({ type: 'uuid' })
  replacedById!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaced_by_id', foreignKeyConstraintName: 'experience_report_revision_member_fk' })
  replacedBy?: Relation<MemberEntity>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
