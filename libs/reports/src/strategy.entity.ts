import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ThreadEntity } from '@forum/discussions';
import { Language } from '@forum/graphql';
import { MemberEntity, OfficeEntity, Visibility } from '@forum/identity';

/**
 * An office's ICT strategy (recommendation 2) as it reads now: the latest version's text, with the visibility that
 * its versions, reviews and thread share. Earlier texts are in ict_strategy_version.
 */
@Entity('ict_strategy')
// The browse order: newest update first, id as the keyset tie-breaker.
@Index('ict_strategy_listing_idx', ['updatedAt', 'id'])
@Check('ict_strategy_period_check', '"period_end" >= "period_start"')
export class IctStrategyEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('ict_strategy_office_idx')
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id', foreignKeyConstraintName: 'ict_strategy_office_fk' })
  office?: Relation<OfficeEntity>;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'ict_strategy_author_fk' })
  author?: Relation<MemberEntity>;

  /** Its discussion (kind ICT_STRATEGY in recommendation-2), started in the same transaction. */
  @Column({ type: 'uuid', unique: true })
  threadId!: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'ict_strategy_thread_fk' })
  thread?: Relation<ThreadEntity>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  periodStart!: number;

  @Column({ type: 'integer' })
  periodEnd!: number;

  @Column({ type: 'enum', enum: Language, enumName: 'language', default: Language.EN })
  language!: Language;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  body!: string;

  /** The pillars or goals, in the strategy's order. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  goals!: string[];

  @Column({ type: 'integer', default: 1 })
  version!: number;

  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility' })
  visibility!: Visibility;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  sharedWithOfficeIds!: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}

/** One published text of a strategy; version 1 is the first publication, the highest is the current one. */
@Entity('ict_strategy_version')
@Index('ict_strategy_version_key', ['strategyId', 'version'], { unique: true })
export class IctStrategyVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  strategyId!: string;

  @ManyToOne(() => IctStrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'ict_strategy_version_strategy_fk' })
  strategy?: Relation<IctStrategyEntity>;

  @Column({ type: 'integer' })
  version!: number;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'ict_strategy_version_author_fk' })
  author?: Relation<MemberEntity>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'integer' })
  periodStart!: number;

  @Column({ type: 'integer' })
  periodEnd!: number;

  @Column({ type: 'enum', enum: Language, enumName: 'language', default: Language.EN })
  language!: Language;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  goals!: string[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

/** The yearly evaluation of a strategy: one per year. */
@Entity('strategy_review')
@Index('strategy_review_year_key', ['strategyId', 'year'], { unique: true })
export class StrategyReviewEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  strategyId!: string;

  @ManyToOne(() => IctStrategyEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'strategy_review_strategy_fk' })
  strategy?: Relation<IctStrategyEntity>;

  @Column({ type: 'integer' })
  year!: number;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'strategy_review_author_fk' })
  author?: Relation<MemberEntity>;

  /** The evaluation. */
  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'text', default: '' })
  whatChanged!: string;

  /** Each goal's status that year: [{ goal, status, note }]. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  goalStatuses!: { goal: string; status: string; note: string | null }[];

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
