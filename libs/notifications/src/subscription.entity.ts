import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { SpaceEntity } from '@forum/catalog';
import { ThreadEntity } from '@forum/discussions';
import { MemberEntity, OfficeEntity } from '@forum/identity';
import { WatchLevel } from './watch-level.js';

/** A member's standing subscription to exactly one target: a space, a thread, a tag or an office. */
@Entity('topic_subscription')
@Check('topic_subscription_one_target', 'num_nonnulls("space_id", "thread_id", "tag", "office_id") = 1')
@Index('topic_subscription_space_key', ['memberId', 'spaceId'], { unique: true, where: 'space_id IS NOT NULL' })
@Index('topic_subscription_thread_key', ['memberId', 'threadId'], { unique: true, where: 'thread_id IS NOT NULL' })
@Index('topic_subscription_tag_key', ['memberId', 'tag'], { unique: true, where: 'tag IS NOT NULL' })
@Index('topic_subscription_office_key', ['memberId', 'officeId'], { unique: true, where: 'office_id IS NOT NULL' })
@Index('topic_subscription_space_idx', ['spaceId'], { where: 'space_id IS NOT NULL' })
@Index('topic_subscription_thread_idx', ['threadId'], { where: 'thread_id IS NOT NULL' })
@Index('topic_subscription_tag_idx', ['tag'], { where: 'tag IS NOT NULL' })
@Index('topic_subscription_office_idx', ['officeId'], { where: 'office_id IS NOT NULL' })
export class TopicSubscriptionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_topic_subscription_member' })
  member?: Relation<MemberEntity>;

  @Column({ type: 'enum', enum: WatchLevel, enumName: 'watch_level' })
  level!: WatchLevel;

  @Column({ type: 'uuid', nullable: true })
  spaceId!: string | null;

  @ManyToOne(() => SpaceEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'space_id', foreignKeyConstraintName: 'FK_topic_subscription_space' })
  space?: Relation<SpaceEntity>;

  @Column({ type: 'uuid', nullable: true })
  threadId!: string | null;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'FK_topic_subscription_thread' })
  thread?: Relation<ThreadEntity>;

  @Column({ type: 'text', nullable: true })
  tag!: string | null;

  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @ManyToOne(() => OfficeEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'office_id', foreignKeyConstraintName: 'FK_topic_subscription_office' })
  office?: Relation<OfficeEntity>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}
