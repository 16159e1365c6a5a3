import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { readCatalogData, recommendationSpaceSlug } from './catalog.data.js';
import { CatalogRepository } from './catalog.repository.js';

/**
 * Writes the catalogue into the database: insert what is missing, update what changed, never duplicate.
 * Safe to run on every start and from several replicas at once (one transaction of upserts).
 */
export async function seedCatalog(manager: EntityManager): Promise<void> {
  const data = readCatalogData();
  // Runs at start, before Nest has made any provider: the repository has no dependencies, so the seeder makes it.
  const catalog = new CatalogRepository();
  await manager.transaction(async (tx) => {
    for (const rec of data.recommendations) {
      const id = await catalog.upsertRecommendation(tx, rec);
      await catalog.upsertSpace(tx, {
        slug: recommendationSpaceSlug(rec.number),
        title: `Recommendation ${rec.number}: ${rec.topic}`,
        description: rec.title.en,
        position: rec.number,
        recommendationId: id,
      });
    }
    const general = data.generalSpace;
    await catalog.upsertSpace(tx, { ...general, position: data.recommendations.length + 1, recommendationId: null });
  });
}

/** Seeds the catalogue at start, right after the migrations (which the DataSource ran before any module inits). */
@Injectable()
export class CatalogSeeder implements OnModuleInit {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  onModuleInit(): Promise<void> {
    return seedCatalog(this.dataSource.manager);
  }
}
