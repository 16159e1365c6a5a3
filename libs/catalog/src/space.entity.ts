import { Column, Entity, JoinColumn, OneToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { RecommendationEntity } from './recommendation.entity.js';

@Entity('space')
export class SpaceEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text', unique: true })
  slug!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  /** Listing order: the recommendations by number, then "general". */
  @Column({ type: 'smallint' })
  position!: number;

  @Column({ type: 'uuid', nullable: true })
  recommendationId!: string | null;

  @OneToOne(() => RecommendationEntity, (recommendation) => recommendation.space, {
    nullable: true,
    onDelete: 'RESTRICT',
  })
  @JoinColumn({ name: 'recommendation_id' })
  recommendation?: Relation<RecommendationEntity> | null;
}
