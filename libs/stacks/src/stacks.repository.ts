import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { Visibility, type Viewer } from '@forum/identity';
import { ComponentStatus, Hosting, RoadmapAction } from './stack.enums.js';
import type { CheckedComponent, CheckedRoadmapItem } from './stack.rules.js';
import { STACK_COLUMNS, type ComponentRow, type RoadmapRow, type StackRow } from './stack.rows.js';
import { COMPONENT_COLUMNS, COMPONENT_FROM, positional, stackVisibleTo } from './stacks.sql.js';
import { SNAPSHOT, SNAPSHOT_VIEWER, snapshotStack } from './testing/snapshot-rows.js';

export interface NewStack {
  officeId: string;
  version: number;
  threadId: string;
  authorId: string;
  visibility: Visibility;
  sharedWithOfficeIds: string[];
  namedInWhoRuns: boolean;
}

const COMPONENT = {
  layer: 'database',
  product: 'Postgres',
  productKey: 'postgres',
  version: '16',
  hosting: Hosting.ON_PREMISES,
  status: ComponentStatus.DECOMMISSIONING,
  statusSince: '2025-01-01',
  decommissionBy: '2027-06-30',
  vendorEndOfSupport: '2028-11-09',
  successor: null,
} satisfies CheckedComponent;

const ROADMAP_ITEM = {
  title: 'Move to the cloud',
  component: 'Postgres',
  componentKey: 'postgres',
  targetDate: '2027-06-30',
  action: RoadmapAction.MIGRATE,
} satisfies CheckedRoadmapItem;

/** The SQL of tech stack versions, their components and roadmap items. Reads carry the visibility predicate. */
@Injectable()
export class StacksRepository {
  /** Serialises publications of one office until the transaction ends: version numbers follow one another. */
  @SqlSnapshot({ params: [SNAPSHOT.officeId] })
  async lockOffice(db: EntityManager, officeId: string): Promise<void> {
    await db.query(`SELECT pg_advisory_xact_lock(hashtext('tech_stack'), hashtext($1))`, [officeId]);
  }

  /** The office's latest version, whoever may see it (for its own office publishing the next one). */
  @SqlSnapshot({ params: [SNAPSHOT.officeId] })
  async latestOfOffice(db: EntityManager, officeId: string): Promise<StackRow | null> {
    const [row] = (await db.query(
      `SELECT ${STACK_COLUMNS} FROM tech_stack s WHERE s.office_id = $1 ORDER BY s.version DESC LIMIT 1`,
      [officeId],
    )) as StackRow[];
    return row ?? null;
  }

  @SqlSnapshot({
    params: async (db) => {
      const { officeId, threadId, memberId } = await snapshotStack(db);
      return [
        {
          officeId,
          version: 2,
          threadId,
          authorId: memberId,
          visibility: Visibility.OFFICES,
          sharedWithOfficeIds: [],
          namedInWhoRuns: true,
        } satisfies NewStack,
      ];
    },
  })
  async insert(db: EntityManager, stack: NewStack): Promise<StackRow> {
    const [row] = (await db.query(
      `INSERT INTO tech_stack AS s (office_id, version, thread_id, author_id, visibility, shared_with_office_ids, named_in_who_runs)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING ${STACK_COLUMNS}`,
      [
        stack.officeId,
        stack.version,
        stack.threadId,
        stack.authorId,
        stack.visibility,
        stack.sharedWithOfficeIds,
        stack.namedInWhoRuns,
      ],
    )) as StackRow[];
    return row;
  }

  /** All components of a version in one statement, in the order given. */
  @SqlSnapshot({ params: async (db) => [(await snapshotStack(db)).stackId, [COMPONENT]] })
  async insertComponents(db: EntityManager, stackId: string, components: readonly CheckedComponent[]) {
    await db.query(
      `INSERT INTO stack_component (stack_id, position, layer, product, product_key, version, hosting, status,
         status_since, decommission_by, vendor_end_of_support, successor)
       SELECT $1, x.position, x.layer, x.product, x.product_key, x.version, x.hosting::stack_hosting,
         x.status::component_status, x.status_since, x.decommission_by, x.vendor_end_of_support, x.successor
       FROM jsonb_to_recordset($2::jsonb) AS x(position int, layer text, product text, product_key text,
         version text, hosting text, status text, status_since date, decommission_by date,
         vendor_end_of_support date, successor text)`,
      [
        stackId,
        JSON.stringify(
          components.map((c, position) => ({
            position,
            layer: c.layer,
            product: c.product,
            product_key: c.productKey,
            version: c.version,
            hosting: c.hosting,
            status: c.status,
            status_since: c.statusSince,
            decommission_by: c.decommissionBy,
            vendor_end_of_support: c.vendorEndOfSupport,
            successor: c.successor,
          })),
        ),
      ],
    );
  }

  @SqlSnapshot({ params: async (db) => [(await snapshotStack(db)).stackId, [ROADMAP_ITEM]] })
  async insertRoadmap(db: EntityManager, stackId: string, items: readonly CheckedRoadmapItem[]) {
    await db.query(
      `INSERT INTO roadmap_item (stack_id, position, title, component, component_key, target_date, action)
       SELECT $1, x.position, x.title, x.component, x.component_key, x.target_date, x.action::roadmap_action
       FROM jsonb_to_recordset($2::jsonb) AS x(position int, title text, component text, component_key text,
         target_date date, action text)`,
      [
        stackId,
        JSON.stringify(
          items.map((r, position) => ({
            position,
            title: r.title,
            component: r.component,
            component_key: r.componentKey,
            target_date: r.targetDate,
            action: r.action,
          })),
        ),
      ],
    );
  }

  /** The office's versions the viewer may see, newest first (the first one is what techStack answers). */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, SNAPSHOT.officeId, { limit: 1 }] })
  async visibleVersions(
    db: EntityManager,
    viewer: Viewer,
    officeId: string,
    options: { limit: number },
  ): Promise<StackRow[]> {
    const visible = stackVisibleTo(viewer);
    return (await db.query(
      ...positional(
        db,
        `SELECT ${STACK_COLUMNS} FROM tech_stack s WHERE s.office_id = :officeId AND ${visible.sql}
         ORDER BY s.version DESC LIMIT :limit`,
        { officeId, limit: options.limit, ...visible.params },
      ),
    )) as StackRow[];
  }

  /** The latest version the viewer may see of each of these offices (offices with none are absent). */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, [SNAPSHOT.officeId]] })
  async visibleLatestOf(db: EntityManager, viewer: Viewer, officeIds: readonly string[]): Promise<StackRow[]> {
    const visible = stackVisibleTo(viewer);
    return (await db.query(
      ...positional(
        db,
        `SELECT DISTINCT ON (s.office_id) ${STACK_COLUMNS} FROM tech_stack s
         WHERE s.office_id = ANY(CAST(:officeIds AS uuid[])) AND ${visible.sql}
         ORDER BY s.office_id, s.version DESC`,
        { officeIds, ...visible.params },
      ),
    )) as StackRow[];
  }

  /** These versions, those the viewer may see (search's hits on their components). */
  @SqlSnapshot({ params: [SNAPSHOT_VIEWER, [SNAPSHOT.stackId]] })
  async visibleByIds(db: EntityManager, viewer: Viewer, stackIds: readonly string[]): Promise<StackRow[]> {
    const visible = stackVisibleTo(viewer);
    return (await db.query(
      ...positional(
        db,
        `SELECT ${STACK_COLUMNS} FROM tech_stack s WHERE s.id = ANY(CAST(:stackIds AS uuid[])) AND ${visible.sql}`,
        { stackIds, ...visible.params },
      ),
    )) as StackRow[];
  }

  /** The components of these versions, products normalised, in the order given. */
  @SqlSnapshot({ params: [[SNAPSHOT.stackId]] })
  async componentsOf(db: EntityManager, stackIds: readonly string[]): Promise<ComponentRow[]> {
    return (await db.query(
      `SELECT ${COMPONENT_COLUMNS} FROM ${COMPONENT_FROM} WHERE c.stack_id = ANY($1::uuid[])
       ORDER BY c.stack_id, c.position`,
      [stackIds],
    )) as ComponentRow[];
  }

  @SqlSnapshot({ params: [[SNAPSHOT.stackId]] })
  async roadmapOf(db: EntityManager, stackIds: readonly string[]): Promise<RoadmapRow[]> {
    return (await db.query(
      `SELECT r.stack_id, r.position, r.title, r.component, r.component_key,
         to_char(r.target_date, 'YYYY-MM-DD') AS target_date, r.action
       FROM roadmap_item r WHERE r.stack_id = ANY($1::uuid[]) ORDER BY r.stack_id, r.position`,
      [stackIds],
    )) as RoadmapRow[];
  }
}
