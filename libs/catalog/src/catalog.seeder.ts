import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { readCatalogData, recommendationSpaceSlug } from './catalog.data.js';

/**
 * Writes the catalogue into the database: insert what is missing, update what changed, never duplicate.
 * Safe to run on every start and from several replicas at once (one transaction of upserts).
 */
export async function seedCatalog(manager: EntityManager): Promise<void> {
  const data = readCatalogData();
  await manager.transaction(async (tx) => {
    for (const rec of data.recommendations) {
      const [{ id }] = (await tx.query(
        `INSERT INTO recommendation (number, topic, title, actions, related_legacy_recommendations)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (number) DO UPDATE SET topic = EXCLUDED.topic, title = EXCLUDED.title, actions = EXCLUDED.actions,
           related_legacy_recommendations = EXCLUDED.related_legacy_recommendations
         RETURNING id`,
        [
          rec.number,
          rec.topic,
          JSON.stringify(rec.title),
          JSON.stringify(rec.actions),
          rec.relatedLegacyRecommendations,
        ],
      )) as { id: string }[];
      await upsertSpace(
        tx,
        recommendationSpaceSlug(rec.number),
        `Recommendation ${rec.number}: ${rec.topic}`,
        rec.title.en,
        rec.number,
        id,
      );
    }
    const general = data.generalSpace;
    await upsertSpace(tx, general.slug, general.title, general.description, data.recommendations.length + 1, null);
  });
}

async function upsertSpace(
  tx: EntityManager,
  slug: string,
  title: string,
  description: string,
  position: number,
  recommendationId: string | null,
) {
  await tx.query(
    `INSERT INTO space (slug, title, description, position, recommendation_id) VALUES ($1, $2, $3, $4, $5)
     ON CONFLICT (slug) DO UPDATE SET title = EXCLUDED.title, description = EXCLUDED.description,
       position = EXCLUDED.position, recommendation_id = EXCLUDED.recommendation_id`,
    [slug, title, description, position, recommendationId],
  );
}

/** Seeds the catalogue at start, right after the migrations (which the DataSource ran before any module inits). */
@Injectable()
export class CatalogSeeder implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): Promise<void> {
    return seedCatalog(this.dataSource.manager);
  }
}
