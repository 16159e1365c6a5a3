import type { Visibility } from '@forum/identity';
import type { RoadmapItemModel, StackComponentModel, TechStackModel } from './dto/stack.model.js';
import type { ComponentStatus, Hosting } from './stack.enums.js';

export interface StackRow {
  id: string;
  office_id: string;
  version: number;
  thread_id: string;
  visibility: Visibility;
  shared_with_office_ids: string[];
  named_in_who_runs: boolean;
  published_at: Date;
}

export interface ComponentRow {
  stack_id: string;
  position: number;
  layer: string;
  product: string;
  given_product: string;
  product_key: string;
  version: string | null;
  hosting: Hosting;
  status: ComponentStatus;
  status_since: string | null;
  decommission_by: string | null;
  vendor_end_of_support: string | null;
  successor: string | null;
}

export interface RoadmapRow {
  stack_id: string;
  position: number;
  title: string;
  component: string | null;
  component_key: string | null;
  target_date: string;
  action: string;
}

export const STACK_COLUMNS = `s.id, s.office_id, s.version, s.thread_id, s.visibility, s.shared_with_office_ids,
  s.named_in_who_runs, s.published_at`;

/** Vendor support ending before the planned retirement, or with no retirement planned at all. */
export function hasObsolescenceWarning(row: Pick<ComponentRow, 'decommission_by' | 'vendor_end_of_support'>) {
  if (!row.vendor_end_of_support) return false;
  return !row.decommission_by || row.vendor_end_of_support < row.decommission_by;
}

export const toComponentModel = (row: ComponentRow): StackComponentModel => ({
  layer: row.layer,
  product: row.product,
  givenProduct: row.given_product,
  productKey: row.product_key,
  version: row.version,
  hosting: row.hosting,
  status: row.status,
  statusSince: row.status_since,
  decommissionBy: row.decommission_by,
  vendorEndOfSupport: row.vendor_end_of_support,
  successor: row.successor,
  obsolescenceWarning: hasObsolescenceWarning(row),
});

export const toRoadmapModel = (row: RoadmapRow): RoadmapItemModel => ({
  title: row.title,
  component: row.component,
  targetDate: row.target_date,
  action: row.action,
});

export function toStackModel(row: StackRow, components: ComponentRow[], roadmap: RoadmapRow[]): TechStackModel {
  return {
    id: row.id,
    version: row.version,
    officeId: row.office_id,
    threadId: row.thread_id,
    visibility: row.visibility,
    sharedWithOfficeIds: row.shared_with_office_ids,
    namedInWhoRuns: row.named_in_who_runs,
    publishedAt: row.published_at,
    components: components.map(toComponentModel),
    roadmap: roadmap.map(toRoadmapModel),
  };
}
