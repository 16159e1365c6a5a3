import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * The search read model: one row per findable thing (a thread with its opening post, a reply ...), with the
 * visibility of what it belongs to. Written only by the triggers of the Search migration, in the transaction of the
 * write it follows (see docs/architecture.md "Search"); read only by SearchRepository.
 */
@Entity('search_document')
// GIN indexes (full text, trigrams): written by hand in the migration (TypeORM cannot declare them).
@Index('search_document_document_idx', { synchronize: false })
@Index('search_document_title_trgm_idx', { synchronize: false })
@Index('search_document_thread_idx', ['threadId'])
@Index('search_document_parent_idx', ['parentId'])
@Index('search_document_created_idx', ['createdAt'])
export class SearchDocumentEntity {
  /** THREAD, POST, STRATEGY, REPORT, COMPONENT (a stack component), DOCUMENT (the text of an attached file). */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'search_document_pkey' })
  kind!: string;

  @PrimaryColumn({ type: 'uuid', primaryKeyConstraintName: 'search_document_pkey' })
  sourceId!: string;

  /** The thread it belongs to (a thread's own id for THREAD). */
  @Column({ type: 'uuid', nullable: true })
  threadId!: string | null;

  /** What a hit's node is reached through: a component's stack version, a document's post; else null. */
  @Column({ type: 'uuid', nullable: true })
  parentId!: string | null;

  @Column({ type: 'text', default: '' })
  title!: string;

  @Column({ type: 'text', default: '' })
  body!: string;

  /** The Language value of the content; it picks the text search configuration. */
  @Column({ type: 'text' })
  language!: string;

  @Column({ type: 'uuid' })
  officeId!: string;

  @Column({ type: 'text' })
  visibility!: string;

  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  sharedWithOfficeIds!: string[];

  @Column({ type: 'uuid', nullable: true })
  spaceId!: string | null;

  /** The ThreadKind of the thread it belongs to. */
  @Column({ type: 'text', nullable: true })
  threadKind!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;

  /**
   * Title (weight A) and body (weight B) in the language's configuration, CJK as bigrams, and the lexemes of its time
   * windows ('dek 2026-11-3', 'month 2026-11', 'year 2026'): set by a trigger.
   */
  @Column({ type: 'tsvector', select: false })
  document!: string;
}

export const searchEntities = [SearchDocumentEntity];
