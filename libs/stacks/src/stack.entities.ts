import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { ThreadEntity } from '@forum/discussions';
import { MemberEntity, OfficeEntity, Visibility } from '@forum/identity';
import { ComponentStatus, Hosting, RoadmapAction } from './stack.enums.js';
import { StandardStatusEntity, WipoStandardEntity } from './standards.entities.js';

/** One published version of an office's technology stack (recommendation 8). Versions are never changed. */
@Entity('tech_stack')
@Index('tech_stack_office_version_key', ['officeId', 'version'], { unique: true })
export class TechStackEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id', foreignKeyConstraintName: 'tech_stack_office_fk' })
  office?: Relation<OfficeEntity>;

  /** 1, 2, ... per office. */
  @Column({ type: 'integer' })
  version!: number;

  /** The TECH_STACK thread, opened by the first version; later versions reply in it. */
  @Column({ type: 'uuid' })
  threadId!: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'tech_stack_thread_fk' })
  thread?: Relation<ThreadEntity>;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id', foreignKeyConstraintName: 'tech_stack_author_fk' })
  author?: Relation<MemberEntity>;

  /** Who may see this version: identity's policy, on the stack's own columns (no other domain's table is read). */
  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility' })
  visibility!: Visibility;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  sharedWithOfficeIds!: string[];

  /** False: whoRuns counts the office but does not name it. */
  @Column({ type: 'boolean', default: true })
  namedInWhoRuns!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  publishedAt!: Date;
}

@Entity('stack_component')
@Index('stack_component_stack_position_key', ['stackId', 'position'], { unique: true })
@Index('stack_component_product_key_idx', ['productKey'])
export class StackComponentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  stackId!: string;

  @ManyToOne(() => TechStackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stack_id', foreignKeyConstraintName: 'stack_component_stack_fk' })
  stack?: Relation<TechStackEntity>;

  /** The order the office gave. */
  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  layer!: string;

  /** The product as the office wrote it (trimmed). */
  @Column({ type: 'text' })
  product!: string;

  /** productKey(product): matched against product_alias when read, so a new alias applies to earlier stacks too. */
  @Column({ type: 'text' })
  productKey!: string;

  @Column({ type: 'text', nullable: true })
  version!: string | null;

  @Column({ type: 'enum', enum: Hosting, enumName: 'stack_hosting' })
  hosting!: Hosting;

  @Column({ type: 'enum', enum: ComponentStatus, enumName: 'component_status' })
  status!: ComponentStatus;

  /** Since when the component is in its phase, when the office said. */
  @Column({ type: 'date', nullable: true })
  statusSince!: string | null;

  /** The office's planned (DECOMMISSIONING) or actual (RETIRED) retirement date. */
  @Column({ type: 'date', nullable: true })
  decommissionBy!: string | null;

  /** The vendor's end of support, when known. */
  @Column({ type: 'date', nullable: true })
  vendorEndOfSupport!: string | null;

  /** The product replacing it: another component of the same stack version. */
  @Column({ type: 'text', nullable: true })
  successor!: string | null;
}

@Entity('roadmap_item')
@Index('roadmap_item_stack_position_key', ['stackId', 'position'], { unique: true })
export class RoadmapItemEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  stackId!: string;

  @ManyToOne(() => TechStackEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'stack_id', foreignKeyConstraintName: 'roadmap_item_stack_fk' })
  stack?: Relation<TechStackEntity>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'text' })
  title!: string;

  /** The product of the component it is about, if any. */
  @Column({ type: 'text', nullable: true })
  component!: string | null;

  /** productKey(component), to find the roadmap item of a component. */
  @Column({ type: 'text', nullable: true })
  componentKey!: string | null;

  @Column({ type: 'date' })
  targetDate!: string;

  @Column({ type: 'enum', enum: RoadmapAction, enumName: 'roadmap_action' })
  action!: RoadmapAction;
}

/**
 * Product names as one product: 'postgres' and 'postgresql' are both 'PostgreSQL'. Seeded with common products by
 * the migration, extended by moderators. The canonical product maps from its own key too.
 */
@Entity('product_alias')
export class ProductAliasEntity {
  /** productKey of a spelling. */
  @Column({ type: 'text', primary: true })
  aliasKey!: string;

  /** The canonical name shown in the radar, comparisons and search. */
  @Column({ type: 'text' })
  product!: string;

  /** productKey(product): what components of this product group by. */
  @Column({ type: 'text' })
  productKey!: string;
}

/** A member's personal token for the decommission calendar feed (calendar apps cannot send a bearer token). */
@Entity('calendar_feed_token')
export class CalendarFeedTokenEntity {
  @Column({ type: 'uuid', primary: true })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'calendar_feed_token_member_fk' })
  member?: Relation<MemberEntity>;

  /** SHA-256 of the token, hex: the token itself is shown once and never stored. */
  @Index('calendar_feed_token_hash_key', { unique: true })
  @Column({ type: 'text' })
  tokenHash!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

/**
 * An edition of the technology radar: taken once a year (edition "2027") and on demand by an admin. It holds the
 * community view (PUBLIC and COMMUNITY stacks, what every member may see) and names no office.
 */
@Entity('radar_edition')
export class RadarEditionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** "2027" for the yearly edition; "2027-03-04T10:11:12.345Z" for one taken on demand. */
  @Index('radar_edition_name_key', { unique: true })
  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'boolean' })
  yearly!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  takenAt!: Date;

  /** The admin who took it; null for the yearly one. */
  @Column({ type: 'uuid', nullable: true })
  takenById!: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'taken_by_id', foreignKeyConstraintName: 'radar_edition_taken_by_fk' })
  takenBy?: Relation<MemberEntity>;
}

@Entity('radar_edition_entry')
export class RadarEditionEntryEntity {
  @Column({ type: 'uuid', primary: true })
  editionId!: string;

  @ManyToOne(() => RadarEditionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'edition_id', foreignKeyConstraintName: 'radar_edition_entry_edition_fk' })
  edition?: Relation<RadarEditionEntity>;

  /** The product's key; 'other' has none and is not stored. */
  @Column({ type: 'text', primary: true })
  productKey!: string;

  @Column({ type: 'text' })
  product!: string;

  @Column({ type: 'text' })
  ring!: string;

  @Column({ type: 'integer' })
  offices!: number;

  /** Against the edition before it (NEW, UP, DOWN, SAME). */
  @Column({ type: 'text' })
  movement!: string;
}

export const stacksEntities = [
  TechStackEntity,
  StackComponentEntity,
  RoadmapItemEntity,
  ProductAliasEntity,
  CalendarFeedTokenEntity,
  RadarEditionEntity,
  RadarEditionEntryEntity,
  WipoStandardEntity,
  StandardStatusEntity,
];
