import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { PostEntity, ThreadEntity } from '@forum/discussions';
import { MemberEntity } from '@forum/identity';

/**
 * One notification of one member, made by the fan-out of one domain event. (event, member) is unique: a redelivered
 * event notifies no one twice.
 */
@Entity('notification')
@Index('notification_event_member_key', ['eventId', 'memberId'], { unique: true })
@Index('notification_inbox_idx', ['memberId', 'createdAt', 'id'])
@Index('notification_unread_idx', ['memberId', 'threadId'], { where: 'read_at IS NULL' })
// Digests find who was notified during a day or a week (mail/digests.repository.ts).
@Index('notification_created_idx', ['createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id', foreignKeyConstraintName: 'FK_notification_member' })
  member?: Relation<MemberEntity>;

  /** The domain event that caused it (not a foreign key: old events are deleted after their retention). */
  @Column({ type: 'uuid' })
  eventId!: string;

  @Column({ type: 'uuid' })
  threadId!: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id', foreignKeyConstraintName: 'FK_notification_thread' })
  thread?: Relation<ThreadEntity>;

  @Column({ type: 'uuid', nullable: true })
  postId!: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'FK_notification_post' })
  post?: Relation<PostEntity>;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;
}
