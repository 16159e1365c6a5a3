import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { badInput, decodeCursor, encodeCursor } from '@forum/core';
import { pageSize } from '@forum/graphql';
import { OfficesService, type Viewer } from '@forum/identity';
import type { RadarRing, TechnologyUseModel, WhoRunsConnection, WhoRunsEntryModel } from './dto/radar.model.js';
import { normaliseProducts } from './products.js';
import { RadarEditionsRepository } from './radar-editions.repository.js';
import { movementOf, OTHER, ringOf } from './radar-rules.js';
import { RadarRepository, type UseRow } from './radar.repository.js';
import { ComponentStatus } from './stack.enums.js';

type OffsetCursor = { offset: number };
const isOffsetCursor = (v: unknown): v is OffsetCursor =>
  typeof v === 'object' &&
  v !== null &&
  Number.isInteger((v as OffsetCursor).offset) &&
  (v as OffsetCursor).offset >= 0;

const STATUS_ORDER = Object.values(ComponentStatus);

interface ProductUse {
  key: string | null;
  product: string;
  offices: Set<string>;
  byStatus: Map<ComponentStatus, Set<string>>;
}

/** The radar and whoRuns: across offices, from what each viewer may see, never naming a product of too few offices. */
@Injectable()
export class RadarService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly radar: RadarRepository,
    private readonly editions: RadarEditionsRepository,
    private readonly offices: OfficesService,
    @Inject(FORUM_CONFIG) private readonly config: ForumConfig,
  ) {}

  /** RADAR_MIN_OFFICES: a product is named only when at least this many visible offices use it. */
  get minOffices(): number {
    return this.config.stacks?.radarMinOffices ?? 2;
  }

  /** The offices of a region (case-insensitive), or null (all) when no region is asked. */
  async scopeOf(region: string | null | undefined): Promise<{ officeIds: string[] | null }> {
    const wanted = region?.trim().toLowerCase();
    if (!wanted) return { officeIds: null };
    const offices = await this.offices.list();
    return { officeIds: offices.filter((o) => o.region?.toLowerCase() === wanted).map((o) => o.id) };
  }

  /** Per product, the offices using it by phase; products of fewer than RADAR_MIN_OFFICES offices as one 'other'. */
  async technologyRadar(
    viewer: Viewer,
    filter: { layer?: string | null; region?: string | null },
  ): Promise<TechnologyUseModel[]> {
    const scope = await this.scopeOf(filter.region);
    const rows = await this.radar.uses(this.dataSource.manager, viewer, scope, { layer: filter.layer?.trim() || null });
    const before = await this.latestRings();
    // Movement only when there is an edition to move from; 'other' has no ring and no movement.
    return this.entries(rows).map((use) =>
      use.ring && use.productKey && before
        ? { ...use, movement: movementOf(use.ring, before.get(use.productKey)) }
        : use,
    );
  }

  /** The rings of the latest radar edition by product key; null before the first edition. */
  private async latestRings(): Promise<Map<string, RadarRing> | null> {
    const latest = await this.editions.latest(this.dataSource.manager);
    if (!latest) return null;
    const entries = await this.editions.entriesOf(this.dataSource.manager, [latest.id]);
    return new Map(entries.map((e) => [e.product_key, e.ring as RadarRing]));
  }

  /** The radar's entries from the rows of RadarRepository.uses (also what a snapshot stores). */
  entries(rows: UseRow[]): TechnologyUseModel[] {
    const products = new Map<string, ProductUse>();
    for (const row of rows) {
      const use = products.get(row.product_key) ?? {
        key: row.product_key,
        product: row.product,
        offices: new Set<string>(),
        byStatus: new Map(),
      };
      for (const officeId of row.office_ids) use.offices.add(officeId);
      use.byStatus.set(row.status, new Set(row.office_ids));
      products.set(row.product_key, use);
    }
    const named = [...products.values()].filter((use) => use.offices.size >= this.minOffices);
    const few = [...products.values()].filter((use) => use.offices.size < this.minOffices);
    const entries = named
      .sort((a, b) => b.offices.size - a.offices.size || a.product.localeCompare(b.product))
      .map((use) => this.toModel(use, true));
    if (few.length) {
      const other: ProductUse = { key: null, product: OTHER, offices: new Set(), byStatus: new Map() };
      for (const use of few) {
        for (const officeId of use.offices) other.offices.add(officeId);
        for (const [status, offices] of use.byStatus) {
          const set = other.byStatus.get(status) ?? new Set<string>();
          for (const officeId of offices) set.add(officeId);
          other.byStatus.set(status, set);
        }
      }
      entries.push(this.toModel(other, false));
    }
    return entries;
  }

  /** The offices whose visible stacks contain the product; offices that opted out are counted, not named. */
  async whoRuns(
    viewer: Viewer,
    product: string,
    page: { first?: number | null; after?: string | null },
  ): Promise<WhoRunsConnection> {
    if (!product.trim()) throw badInput('product: is empty', { field: 'product' });
    const limit = pageSize(page.first, 20);
    const offset = page.after ? decodeCursor(page.after, isOffsetCursor).offset : 0;
    const [normalised] = await normaliseProducts(this.dataSource.manager, [product]);
    const rows = await this.radar.componentsOfProduct(this.dataSource.manager, viewer, normalised.key);
    if (new Set(rows.map((row) => row.office_id)).size < this.minOffices)
      return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0, groupedAsOther: true };
    const slice = rows.slice(offset, offset + limit);
    const offices = await this.offices.officesByIds(slice.map((row) => row.office_id));
    const edges = slice.map((row, i) => ({
      cursor: encodeCursor({ offset: offset + i + 1 }),
      node: {
        office: row.named_in_who_runs ? offices[i] : null,
        product: row.product,
        version: row.version,
        status: row.status,
        layer: row.layer,
      } satisfies WhoRunsEntryModel,
    }));
    return {
      edges,
      pageInfo: { hasNextPage: offset + limit < rows.length, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: rows.length,
      groupedAsOther: false,
    };
  }

  private toModel(use: ProductUse, named: boolean): TechnologyUseModel {
    const counts = new Map([...use.byStatus].map(([status, offices]) => [status, offices.size]));
    return {
      product: use.product,
      productKey: use.key,
      offices: use.offices.size,
      byStatus: STATUS_ORDER.flatMap((status) => {
        const offices = counts.get(status);
        return offices ? [{ status, offices }] : [];
      }),
      ring: named ? ringOf(counts, use.offices.size) : null,
      movement: null,
    };
  }
}
