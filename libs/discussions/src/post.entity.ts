import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { MemberEntity } from '@forum/identity';
import { ThreadEntity } from './thread.entity.js';

/**
 * A post in a thread's tree. `path` is a materialized path of fixed-width sequence numbers ("00000001.00000004"):
 * ordered bytewise (COLLATE "C") it is the reading order, depth-first with siblings oldest first, so a page of a
 * thread is one range scan of the (thread_id, path) index from any cursor.
 */
@Entity('post')
@Index('post_thread_path_key', ['threadId', 'path'], { unique: true })
@Index('post_author_client_mutation_key', ['authorId', 'clientMutationId'], {
  unique: true,
  where: 'client_mutation_id IS NOT NULL',
})
export class PostEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  threadId!: string;

  @ManyToOne(() => ThreadEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'thread_id' })
  thread?: Relation<ThreadEntity>;

  @Index()
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'RESTRICT', nullable: true })
  @JoinColumn({ name: 'parent_id' })
  parent?: Relation<PostEntity> | null;

  @Column({ type: 'text', collation: 'C' })
  path!: string;

  @Column({ type: 'smallint' })
  depth!: number;

  @Index()
  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<MemberEntity>;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'text' })
  bodyHtml!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @Column({ type: 'boolean', default: false })
  deleted!: boolean;

  @Column({ type: 'integer', default: 0 })
  replyCount!: number;

  @Column({ type: 'text', nullable: true })
  clientMutationId!: string | null;
}
