import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { SpaceEntity } from '@forum/catalog';
import { Language } from '@forum/graphql';
import { MemberEntity, OfficeEntity, Visibility } from '@forum/identity';
import { ThreadKind } from './thread-kind.js';

@Entity('thread')
// Space listings: pinned first, newest activity first, id as the tie-breaker of the keyset cursor.
@Index('thread_space_listing_idx', ['spaceId', 'pinned', 'lastActivityAt', 'id'])
// GIN index on tags for the tag filter: written by hand in the migration (TypeORM cannot declare GIN).
@Index('thread_tags_gin_idx', { synchronize: false })
@Index('thread_author_client_mutation_key', ['authorId', 'clientMutationId'], {
  unique: true,
  where: 'client_mutation_id IS NOT NULL',
})
export class ThreadEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  spaceId!: string;

  @ManyToOne(() => SpaceEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'space_id' })
  space?: Relation<SpaceEntity>;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'enum', enum: ThreadKind, enumName: 'thread_kind', default: ThreadKind.DISCUSSION })
  kind!: ThreadKind;

  @Column({ type: 'uuid' })
  authorId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'author_id' })
  author?: Relation<MemberEntity>;

  /** The author's office when the thread was started: the office that shares it. */
  @Index()
  @Column({ type: 'uuid' })
  officeId!: string;

  @ManyToOne(() => OfficeEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'office_id' })
  office?: Relation<OfficeEntity>;

  @Column({ type: 'enum', enum: Visibility, enumName: 'visibility' })
  visibility!: Visibility;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  sharedWithOfficeIds!: string[];

  @Column({ type: 'enum', enum: Language, enumName: 'language', default: Language.EN })
  language!: Language;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  @Column({ type: 'boolean', default: false })
  locked!: boolean;

  @Column({ type: 'boolean', default: false })
  pinned!: boolean;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastActivityAt!: Date;

  /** Posts in the thread, the opening post included (deleted ones too: they keep their place). */
  @Column({ type: 'integer', default: 0 })
  postCount!: number;

  /** The last sequence number given to a post of this thread; the path segments of the post tree. */
  @Column({ type: 'integer', default: 0 })
  lastPostSequence!: number;

  @Column({ type: 'text', nullable: true })
  clientMutationId!: string | null;
}
