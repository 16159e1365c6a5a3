import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import type { Viewer } from '@forum/identity';
import type { ComponentStatus } from './stack.enums.js';
import { positional, stackVisibleTo, visibleStacksCte } from './stacks.sql.js';
import { SNAPSHOT, SNAPSHOT_VIEWER } from './testing/snapshot-rows.js';

/** Which visible stacks a cross-office read covers. */
export interface StackScope {
  /** Only these offices (a region); null: all. */
  officeIds: readonly string[] | null;
}

export interface UseRow {
  product_key: string;
  product: string;
  status: ComponentStatus;
  office_ids: string[];
}

export interface WhoRunsRow {
  office_id: string;
  named_in_who_runs: boolean;
  product: string;
  version: string | null;
  status: ComponentStatus;
  layer: string;
}

/**
 * Reads across offices: each office counts with the latest stack version the viewer may see, so a stack the viewer
 * may not see is no row here (visibility in the SQL, as everywhere).
 */
@Injectable()
export class RadarRepository {
  /** Per normalised product and phase, the offices using it (optionally in one layer). */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, { officeIds: [SNAPSHOT.officeId] }, { layer: 'database' }] })
  async uses(
    db: EntityManager,
    viewer: Viewer,
    scope: StackScope,
    filter: { layer: string | null },
  ): Promise<UseRow[]> {
    const visible = stackVisibleTo(viewer);
    return (await db.query(
      ...positional(
        db,
        `WITH ${visibleStacksCte(visible)}
         SELECT COALESCE(pa.product_key, c.product_key) AS product_key, min(COALESCE(pa.product, c.product)) AS product,
           c.status, array_agg(DISTINCT vs.office_id) AS office_ids
         FROM visible_stack vs
         JOIN stack_component c ON c.stack_id = vs.id
         LEFT JOIN product_alias pa ON pa.alias_key = c.product_key
         WHERE CAST(:layer AS text) IS NULL OR lower(c.layer) = lower(CAST(:layer AS text))
         GROUP BY 1, c.status
         ORDER BY 1, c.status`,
        { officeIds: scope.officeIds, layer: filter.layer, ...visible.params },
      ),
    )) as UseRow[];
  }

  /** The components of one normalised product in the visible stacks, office by office. */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, 'postgresql'] })
  async componentsOfProduct(db: EntityManager, viewer: Viewer, productKey: string): Promise<WhoRunsRow[]> {
    const visible = stackVisibleTo(viewer);
    return (await db.query(
      ...positional(
        db,
        `WITH ${visibleStacksCte(visible)}
         SELECT vs.office_id, vs.named_in_who_runs, COALESCE(pa.product, c.product) AS product, c.version, c.status,
           c.layer
         FROM visible_stack vs
         JOIN stack_component c ON c.stack_id = vs.id
         LEFT JOIN product_alias pa ON pa.alias_key = c.product_key
         WHERE COALESCE(pa.product_key, c.product_key) = :productKey
         ORDER BY vs.named_in_who_runs DESC, vs.office_id, c.position`,
        { officeIds: null, productKey, ...visible.params },
      ),
    )) as WhoRunsRow[];
  }
}
