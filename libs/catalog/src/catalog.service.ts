import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, type Repository } from 'typeorm';
import { toRecommendationModel, toSpaceModel } from './catalog.mapper.js';
import type { RecommendationModel } from './dto/recommendation.model.js';
import type { SpaceModel } from './dto/space.model.js';
import { RecommendationEntity } from './recommendation.entity.js';
import { SpaceEntity } from './space.entity.js';

/** Reads the recommendation catalogue and its spaces; each call is one query with the relation joined. */
@Injectable()
export class CatalogService {
  constructor(
    @InjectRepository(RecommendationEntity) private readonly recommendations: Repository<RecommendationEntity>,
    @InjectRepository(SpaceEntity) private readonly spaces: Repository<SpaceEntity>,
  ) {}

  async listRecommendations(): Promise<RecommendationModel[]> {
    const rows = await this.recommendations.find({ relations: { space: true }, order: { number: 'ASC' } });
    return rows.map(toRecommendationModel);
  }

  async listSpaces(): Promise<SpaceModel[]> {
    const rows = await this.spaces.find({ relations: { recommendation: true }, order: { position: 'ASC' } });
    return rows.map(toSpaceModel);
  }

  async spaceBySlug(slug: string): Promise<SpaceModel | null> {
    const row = await this.spaces.findOne({ where: { slug }, relations: { recommendation: true } });
    return row ? toSpaceModel(row) : null;
  }

  /** Spaces by id in the order asked (null where none exists), for other domains' `space` fields: one query. */
  async spacesByIds(ids: readonly string[]): Promise<(SpaceModel | null)[]> {
    const rows = ids.length
      ? await this.spaces.find({ where: { id: In([...new Set(ids)]) }, relations: { recommendation: true } })
      : [];
    const byId = new Map(rows.map((row) => [row.id, toSpaceModel(row)]));
    return ids.map((id) => byId.get(id) ?? null);
  }

  /** Other domains keep a space id; this is how they check a slug and learn the id. */
  async spaceIdsBySlugs(slugs: string[]): Promise<Map<string, string>> {
    if (slugs.length === 0) return new Map();
    const rows = await this.spaces
      .createQueryBuilder('space')
      .select(['space.id', 'space.slug'])
      .where('space.slug IN (:...slugs)', { slugs })
      .getMany();
    return new Map(rows.map((row) => [row.slug, row.id]));
  }
}
