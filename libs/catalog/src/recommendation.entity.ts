import { Column, Entity, OneToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { LocalizedText } from '@forum/graphql';
import { SpaceEntity } from './space.entity.js';

export interface RecommendationActionData {
  label: string;
  text: LocalizedText;
  /** Sub-items (i., ii. ...) as in the document. */
  items?: LocalizedText[];
  /** A footnote of the document attached to this action. */
  note?: LocalizedText;
}

@Entity('recommendation')
export class RecommendationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'smallint', unique: true })
  number!: number;

  /** A short English label of the subject, for space titles and listings. */
  @Column({ type: 'text' })
  topic!: string;

  /** The recommendation's statement, as in the document. */
  @Column({ type: 'jsonb' })
  title!: LocalizedText;

  @Column({ type: 'jsonb' })
  actions!: RecommendationActionData[];

  @Column({ type: 'smallint', array: true })
  relatedLegacyRecommendations!: number[];

  @OneToOne(() => SpaceEntity, (space) => space.recommendation)
  space?: Relation<SpaceEntity>;
}
