import { Injectable } from '@nestjs/common';
import { In, type EntityManager } from 'typeorm';
import type { LocalizedText } from '@forum/graphql';
import { SqlSnapshot } from '@forum/database';
import { RecommendationEntity, type RecommendationActionData } from './recommendation.entity.js';
import { SpaceEntity } from './space.entity.js';

// Fixed values for the SQL snapshots (queries/catalog.repository.sql).
const SPACE_ID = '00000000-0000-4000-8000-000000000061';
const OTHER_SPACE_ID = '00000000-0000-4000-8000-000000000062';

export interface RecommendationSeed {
  number: number;
  topic: string;
  title: LocalizedText;
  actions: RecommendationActionData[];
  relatedLegacyRecommendations: number[];
}

export interface SpaceSeed {
  slug: string;
  title: string;
  description: string;
  position: number;
  recommendationId: string | null;
}

const SNAPSHOT_RECOMMENDATION: RecommendationSeed = {
  number: 99,
  topic: 'Snapshot',
  title: { en: 'A recommendation' },
  actions: [{ label: 'a', text: { en: 'An action' } }],
  relatedLegacyRecommendations: [1],
};

async function snapshotSpace(db: EntityManager): Promise<string> {
  const [{ id }] = (await db.query(
    `INSERT INTO space (slug, title, position) VALUES ('snapshot', 'Snapshot', 99) RETURNING id`,
  )) as { id: string }[];
  return id;
}

/** The recommendations and their spaces: read with the other side of the relation joined, written by the seeder. */
@Injectable()
export class CatalogRepository {
  @SqlSnapshot({ params: [] })
  recommendationsWithSpaces(db: EntityManager): Promise<RecommendationEntity[]> {
    return db.find(RecommendationEntity, { relations: { space: true }, order: { number: 'ASC' } });
  }

  @SqlSnapshot({ params: [] })
  spacesWithRecommendations(db: EntityManager): Promise<SpaceEntity[]> {
    return db.find(SpaceEntity, { relations: { recommendation: true }, order: { position: 'ASC' } });
  }

  @SqlSnapshot({ params: async (db) => (await snapshotSpace(db), ['snapshot']) })
  async spaceBySlug(db: EntityManager, slug: string): Promise<SpaceEntity | null> {
    // find, not findOne: findOne with a relation sends a SELECT DISTINCT of ids, then the row (two statements).
    const [space] = await db.find(SpaceEntity, { where: { slug }, relations: { recommendation: true } });
    return space ?? null;
  }

  /** With their recommendations; ids distinct (the caller dedupes). */
  @SqlSnapshot({ params: [[SPACE_ID, OTHER_SPACE_ID]] })
  spacesByIds(db: EntityManager, ids: string[]): Promise<SpaceEntity[]> {
    return db.find(SpaceEntity, { where: { id: In(ids) }, relations: { recommendation: true } });
  }

  @SqlSnapshot({ params: [['general', 'recommendation-1']] })
  spaceIdsBySlugs(db: EntityManager, slugs: string[]): Promise<Pick<SpaceEntity, 'id' | 'slug'>[]> {
    return db
      .createQueryBuilder(SpaceEntity, 'space')
      .select(['space.id', 'space.slug'])
      .where('space.slug IN (:...slugs)', { slugs })
      .getMany();
  }

  /** Inserts the recommendation or updates it in place (same number, same id); returns its id. */
  @SqlSnapshot({ params: [SNAPSHOT_RECOMMENDATION] })
  async upsertRecommendation(db: EntityManager, rec: RecommendationSeed): Promise<string> {
    const [{ id }] = (await db.query(
      `INSERT INTO recommendation (number, topic, title, actions, related_legacy_recommendations)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (number) DO UPDATE SET topic = EXCLUDED.topic, title = EXCLUDED.title, actions = EXCLUDED.actions,
         related_legacy_recommendations = EXCLUDED.related_legacy_recommendations
       RETURNING id`,
      [rec.number, rec.topic, JSON.stringify(rec.title), JSON.stringify(rec.actions), rec.relatedLegacyRecommendations],
    )) as { id: string }[];
    return id;
  }

  /** Inserts the space or updates it in place (same slug, same id). */
  @SqlSnapshot({
    params: [{ slug: 'snapshot', title: 'Snapshot', description: '', position: 99, recommendationId: null }],
  })
  async upsertSpace(db: EntityManager, space: SpaceSeed): Promise<void> {
    await db.query(
      `INSERT INTO space (slug, title, description, position, recommendation_id) VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description,
         position = EXCLUDED.position, recommendation_id = EXCLUDED.recommendation_id`,
      [space.slug, space.title, space.description, space.position, space.recommendationId],
    );
  }
}
