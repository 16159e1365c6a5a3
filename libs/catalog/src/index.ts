export { CatalogModule, catalogEntities } from './catalog.module.js';
export { CatalogService } from './catalog.service.js';
export { seedCatalog } from './catalog.seeder.js';
export { SpaceModel } from './dto/space.model.js';
export { RecommendationModel } from './dto/recommendation.model.js';
export { SpaceEntity } from './space.entity.js';
