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
import { MemberEntity } from '@forum/identity';
import { PostEntity } from '@forum/discussions';

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
 * An upload: its name, type and uploader, and its content's address. Unattached (post_id null) it is its uploader's
 * alone and expires; attached it has the visibility of its post's thread.
 */
@Entity('document')
@Index('document_post_idx', ['postId', 'position'])
@Index('document_unattached_idx', ['createdAt'], { where: 'post_id IS NULL' })
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

  /** Its place among its post's attachments. */
  @Column({ type: 'smallint', nullable: true })
  position!: number | null;

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

  @Column({ type: 'timestamptz', default: () => 'now()' })
  extractedAt!: Date;
}

export const documentsEntities = [DocumentBlobEntity, DocumentChunkEntity, DocumentEntity, DocumentTextEntity];
