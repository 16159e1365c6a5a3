import {
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { MemberEntity, OfficeEntity } from '@forum/identity';
import { PostEntity } from './post.entity.js';
import { FlagStatus, ReactionKind } from './thread-kind.js';

/** An earlier text of an edited post. */
@Entity('post_revision')
@Index('post_revision_post_idx', ['postId', 'createdAt'])
export class PostRevisionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<PostEntity>;

  @Column({ type: 'text' })
  body!: string;

  /** When this text was written (the post's creation, or the edit that introduced it). */
  @Column({ type: 'timestamptz' })
  writtenAt!: Date;

  /** When this text was replaced, and by whom (the author or a moderator). */
  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'uuid' })
  replacedById!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaced_by_id' })
  replacedBy?: Relation<MemberEntity>;
}

@Entity('post_reaction')
export class PostReactionEntity {
  @PrimaryColumn({ type: 'uuid' })
  postId!: string;

  @PrimaryColumn({ type: 'uuid' })
  memberId!: string;

  @PrimaryColumn({ type: 'enum', enum: ReactionKind, enumName: 'reaction_kind' })
  kind!: ReactionKind;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<PostEntity>;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Relation<MemberEntity>;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

@Entity('post_flag')
@Index('post_flag_open_key', ['postId', 'memberId'], { unique: true, where: "status = 'OPEN'" })
@Index('post_flag_queue_idx', ['status', 'createdAt'])
export class PostFlagEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<PostEntity>;

  @Column({ type: 'uuid' })
  memberId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'member_id' })
  member?: Relation<MemberEntity>;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'enum', enum: FlagStatus, enumName: 'flag_status', default: FlagStatus.OPEN })
  status!: FlagStatus;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  resolvedById!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;
}

/** Who a post mentions (`@[Display Name]` for a member, `@DE` for an office), kept for notifications. */
@Entity('post_mention')
@Index('post_mention_member_idx', ['memberId'])
@Index('post_mention_office_idx', ['officeId'])
export class PostMentionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index()
  @Column({ type: 'uuid' })
  postId!: string;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'post_id' })
  post?: Relation<PostEntity>;

  @Column({ type: 'uuid', nullable: true })
  memberId!: string | null;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'member_id' })
  member?: Relation<MemberEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  officeId!: string | null;

  @ManyToOne(() => OfficeEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'office_id' })
  office?: Relation<OfficeEntity> | null;
}
