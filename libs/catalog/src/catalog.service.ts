import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { distinctUuids, rowsByIds } from '@forum/core';
import { toRecommendationModel, toSpaceModel } from './catalog.mapper.js';
import { CatalogRepository } from './catalog.repository.js';
import type { RecommendationModel } from './dto/recommendation.model.js';
import type { SpaceModel } from './dto/space.model.js';

/** Reads the recommendation catalogue and its spaces; each call is one query with the relation joined. */
@Injectable()
export class CatalogService {
  private readonly spacesBySlug = new Map<string, SpaceModel>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly catalog: CatalogRepository,
  ) {}

  async listRecommendations(): Promise<RecommendationModel[]> {
    const rows = await this.catalog.recommendationsWithSpaces(this.dataSource.manager);
    return rows.map(toRecommendationModel);
  }

  async listSpaces(): Promise<SpaceModel[]> {
    const rows = await this.catalog.spacesWithRecommendations(this.dataSource.manager);
    return rows.map(toSpaceModel);
  }

  /**
   * A space by slug; a space found is kept for the life of the instance (a space's list page reads it on every
   * request: one statement fewer). Spaces are written only by the catalogue seed when an API starts, so what an
   * instance read stays true until a new release starts (whose instances read it again). A slug not found is not
   * kept: a space created later is found.
   */
  async spaceBySlug(slug: string): Promise<SpaceModel | null> {
    const known = this.spacesBySlug.get(slug);
    if (known) return known;
    const row = await this.catalog.spaceBySlug(this.dataSource.manager, slug);
    if (!row) return null;
    const space = toSpaceModel(row);
    this.spacesBySlug.set(slug, space);
    return space;
  }

  /** Spaces by id in the order asked (null where none exists), for other domains' `space` fields: one query. */
  async spacesByIds(ids: readonly string[]): Promise<(SpaceModel | null)[]> {
    const unique = distinctUuids(ids);
    const rows = unique.length ? await this.catalog.spacesByIds(this.dataSource.manager, unique) : [];
    return rowsByIds(ids, rows.map(toSpaceModel));
  }

  /** Other domains keep a space id; this is how they check a slug and learn the id. */
  async spaceIdsBySlugs(slugs: string[]): Promise<Map<string, string>> {
    if (slugs.length === 0) return new Map();
    const rows = await this.catalog.spaceIdsBySlugs(this.dataSource.manager, slugs);
    return new Map(rows.map((row) => [row.slug, row.id]));
  }
}
