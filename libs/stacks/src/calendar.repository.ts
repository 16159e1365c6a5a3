import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import type { Viewer } from '@forum/identity';
import { positional, stackVisibleTo, visibleStacksCte } from './stacks.sql.js';
import { SNAPSHOT_VIEWER, snapshotStack } from './testing/snapshot-rows.js';

export type DecommissionReason = 'OFFICE_RETIREMENT' | 'VENDOR_END_OF_SUPPORT';

export interface DecommissionRow {
  stack_id: string;
  position: number;
  office_id: string;
  layer: string;
  product: string;
  version: string | null;
  successor: string | null;
  decommission_by: string | null;
  vendor_end_of_support: string | null;
  reason: DecommissionReason;
  date: string;
  roadmap_title: string | null;
  roadmap_component: string | null;
  roadmap_target_date: string | null;
  roadmap_action: string | null;
}

/** The decommission calendar's reads, and the personal calendar feed tokens. */
@Injectable()
export class CalendarRepository {
  /**
   * Every retirement and vendor end of support in [from, to] of the latest stacks the viewer may see, with the
   * roadmap item about the component (a DECOMMISSION item first), oldest date first.
   */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, { from: '2027-01-01', to: '2027-12-31' }] })
  async entries(db: EntityManager, viewer: Viewer, range: { from: string; to: string }): Promise<DecommissionRow[]> {
    const visible = stackVisibleTo(viewer);
    return (await db.query(
      ...positional(
        db,
        `WITH ${visibleStacksCte(visible)}
         SELECT vs.id AS stack_id, c.position, vs.office_id, c.layer, COALESCE(pa.product, c.product) AS product,
           c.version, c.successor, to_char(c.decommission_by, 'YYYY-MM-DD') AS decommission_by,
           to_char(c.vendor_end_of_support, 'YYYY-MM-DD') AS vendor_end_of_support, d.reason,
           to_char(d.date, 'YYYY-MM-DD') AS date, r.title AS roadmap_title, r.component AS roadmap_component,
           to_char(r.target_date, 'YYYY-MM-DD') AS roadmap_target_date, r.action AS roadmap_action
         FROM visible_stack vs
         JOIN stack_component c ON c.stack_id = vs.id
         LEFT JOIN product_alias pa ON pa.alias_key = c.product_key
         CROSS JOIN LATERAL (VALUES ('OFFICE_RETIREMENT', c.decommission_by),
           ('VENDOR_END_OF_SUPPORT', c.vendor_end_of_support)) AS d(reason, date)
         LEFT JOIN LATERAL (
           SELECT ri.title, ri.component, ri.target_date, ri.action
           FROM roadmap_item ri LEFT JOIN product_alias rpa ON rpa.alias_key = ri.component_key
           WHERE ri.stack_id = vs.id AND COALESCE(rpa.product_key, ri.component_key) = COALESCE(pa.product_key, c.product_key)
           ORDER BY ri.action = 'DECOMMISSION' DESC, ri.position
           LIMIT 1
         ) r ON true
         WHERE d.date BETWEEN CAST(:from AS date) AND CAST(:to AS date)
         ORDER BY d.date, vs.office_id, c.position, d.reason`,
        { officeIds: null, from: range.from, to: range.to, ...visible.params },
      ),
    )) as DecommissionRow[];
  }

  /** Sets the member's feed token (a new one replaces the old: the old URL stops working). */
  @SqlSnapshot({ params: async (db) => [(await snapshotStack(db)).memberId, 'f'.repeat(64)] })
  async setFeedToken(db: EntityManager, memberId: string, tokenHash: string): Promise<void> {
    await db.query(
      `INSERT INTO calendar_feed_token (member_id, token_hash) VALUES ($1, $2)
       ON CONFLICT (member_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = now()`,
      [memberId, tokenHash],
    );
  }

  /** The member a feed token belongs to. */
  @SqlSnapshot({ params: ['f'.repeat(64)] })
  async memberOfFeedToken(db: EntityManager, tokenHash: string): Promise<string | null> {
    const [row] = (await db.query(`SELECT member_id FROM calendar_feed_token WHERE token_hash = $1`, [tokenHash])) as {
      member_id: string;
    }[];
    return row?.member_id ?? null;
  }
}
