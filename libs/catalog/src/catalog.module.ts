import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CatalogRepository } from './catalog.repository.js';
import { RecommendationActionResolver, RecommendationResolver, SpaceResolver } from './catalog.resolver.js';
import { CatalogSeeder } from './catalog.seeder.js';
import { CatalogService } from './catalog.service.js';
import { RecommendationEntity } from './recommendation.entity.js';
import { SpaceEntity } from './space.entity.js';

export const catalogEntities = [RecommendationEntity, SpaceEntity];

@Module({
  imports: [TypeOrmModule.forFeature(catalogEntities)],
  providers: [
    CatalogRepository,
    CatalogService,
    CatalogSeeder,
    RecommendationResolver,
    RecommendationActionResolver,
    SpaceResolver,
  ],
  exports: [CatalogService],
})
export class CatalogModule {}
