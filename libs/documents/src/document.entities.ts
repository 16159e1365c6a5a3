import {
  Check,
  Column,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { MemberEntity } from '@forum/identity';
import { PostEntity } from '@forum/discussions';
import { ExperienceReportEntity, IctStrategyEntity } from '@forum/reports';

/**
 * Stored content, once per SHA-256 whatever how many documents carry it (two uploads of one file are one blob). Its
 * bytes are in the blob store (PostgreSQL's document_chunk or an S3 bucket); the row says they are complete.
 */
@Entity('document_blob')
export class DocumentBlobEntity {
  /** Hex SHA-256 of the content: its address in every store. */
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'document_blob_pkey' })
  sha256!: string;

  @Column({ type: 'bigint' })
  size!: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

/** PostgreSQL blob store: the content in fixed-size pieces, so it streams in and out (and ranges read few rows). */
@Entity('document_chunk')
export class DocumentChunkEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'document_chunk_pkey' })
  sha256!: string;

  @PrimaryColumn({ type: 'integer', primaryKeyConstraintName: 'document_chunk_pkey' })
  seq!: number;

  @Column({ type: 'bytea' })
  data!: Buffer;
}

/**
 * An upload: its name, type and uploader, and its content's address. It has at most one holder: a post (listed, or
 * embedded: shown by the post's Markdown), or an ICT strategy or experience report (as one of its versions), whose
 * visibility it has. With none it is its uploader's alone and expires.
 */
@Entity('document')
@Index('document_post_idx', ['postId', 'position'])
@Index('document_unattached_idx', ['createdAt'], {
  where: 'post_id IS NULL AND strategy_id IS NULL AND report_id IS NULL',
})
@Index('document_strategy_version_key', ['strategyId', 'version'], { unique: true, where: 'strategy_id IS NOT NULL' })
@Index('document_report_version_key', ['reportId', 'version'], { unique: true, where: 'report_id IS NOT NULL' })
@Check('document_one_holder_check', 'num_nonnulls("post_id", "strategy_id", "report_id") <= 1')
export class DocumentEntity {
  @PrimaryGeneratedColumn('uuid', { primaryKeyConstraintName: 'document_pkey' })
  id!: string;

  @Index('document_owner_idx')
  @Column({ type: 'uuid' })
  ownerId!: string;

  @ManyToOne(() => MemberEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'owner_id', foreignKeyConstraintName: 'document_owner_fk' })
  owner?: Relation<MemberEntity>;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  contentType!: string;

  @Column({ type: 'bigint' })
  size!: string;

  @Index('document_sha256_idx')
  @Column({ type: 'text' })
  sha256!: string;

  @ManyToOne(() => DocumentBlobEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'sha256', foreignKeyConstraintName: 'document_blob_fk' })
  blob?: Relation<DocumentBlobEntity>;

  @Column({ type: 'uuid', nullable: true })
  postId!: string | null;

  @ManyToOne(() => PostEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'post_id', foreignKeyConstraintName: 'document_post_fk' })
  post?: Relation<PostEntity> | null;

  /** Its place among its post's attachments (null when embedded). */
  @Column({ type: 'smallint', nullable: true })
  position!: number | null;

  /** Kept by its post because the post's Markdown shows or links to it, rather than listed as an attachment. */
  @Column({ type: 'boolean', default: false })
  embedded!: boolean;

  @Column({ type: 'uuid', nullable: true })
  strategyId!: string | null;

  @ManyToOne(() => IctStrategyEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'strategy_id', foreignKeyConstraintName: 'document_strategy_fk' })
  strategy?: Relation<IctStrategyEntity> | null;

  @Column({ type: 'uuid', nullable: true })
  reportId!: string | null;

  @ManyToOne(() => ExperienceReportEntity, { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'report_id', foreignKeyConstraintName: 'document_report_fk' })
  report?: Relation<ExperienceReportEntity> | null;

  /** Its version among its strategy's or report's documents: 1, 2, ... (the newest is current). */
  @Column({ type: 'smallint', nullable: true })
  version!: number | null;

  /** When it was given its holder. */
  @Column({ type: 'timestamptz', nullable: true })
  attachedAt!: Date | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;
}

/**
 * The text of a content, extracted in the background (documents.extract-text) for search and for readers: keyed by
 * SHA-256 like the content, so a file uploaded twice is read once, and gone with its blob.
 */
@Entity('document_text')
export class DocumentTextEntity {
  @PrimaryColumn({ type: 'text', primaryKeyConstraintName: 'document_text_pkey' })
  sha256!: string;

  @ManyToOne(() => DocumentBlobEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'sha256', foreignKeyConstraintName: 'document_text_blob_fk' })
  blob?: Relation<DocumentBlobEntity>;

  /** DONE, FAILED (the reason in `error`) or UNSUPPORTED (a type whose text is not read). */
  @Column({ type: 'text' })
  status!: string;

  @Column({ type: 'text', nullable: true })
  text!: string | null;

  @Column({ type: 'text', nullable: true })
  error!: string | null;

  /** PDF: its number of pages. */
  @Column({ type: 'integer', nullable: true })
  pageCount!: number | null;

  /** The start of its text (a PDF's first page), shown before the file is opened. */
  @Column({ type: 'text', nullable: true })
  preview!: string | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  extractedAt!: Date;
}

export const documentsEntities = [DocumentBlobEntity, DocumentChunkEntity, DocumentEntity, DocumentTextEntity];
