import { badInput } from '@forum/core';
import { Visibility } from '@forum/identity';
import { productKey, tidyProductName } from './product-names.js';
import { ComponentStatus, Hosting, NEEDS_RETIREMENT_DATE, RoadmapAction } from './stack.enums.js';

export const MAX_COMPONENTS = 500;
export const MAX_ROADMAP_ITEMS = 500;
const MAX_TEXT = 200;

export interface CheckedComponent {
  layer: string;
  product: string;
  productKey: string;
  version: string | null;
  hosting: Hosting;
  status: ComponentStatus;
  statusSince: string | null;
  decommissionBy: string | null;
  vendorEndOfSupport: string | null;
  successor: string | null;
}

export interface CheckedRoadmapItem {
  title: string;
  component: string | null;
  componentKey: string | null;
  targetDate: string;
  action: RoadmapAction;
}

export interface CheckedStack {
  components: CheckedComponent[];
  roadmap: CheckedRoadmapItem[];
  visibility: Visibility;
  sharedWith: string[];
  namedInWhoRuns: boolean;
}

/**
 * How a refused field is named: `components[3].decommissionBy` for GraphQL input, `$.components[3].decommissionBy`
 * (a JSON path) for an imported document.
 */
export type FieldNaming = 'graphql' | 'json-path';

/**
 * Checks a stack as given (GraphQL input or an imported JSON document: the same rules, so `input` is unknown) and
 * returns it tidied. The first problem is a BAD_USER_INPUT naming its field; nothing has been written by then.
 * Successors are matched by product key here; the service matches them again after alias normalisation.
 */
export function checkStack(input: unknown, naming: FieldNaming): CheckedStack {
  const at = (path: string) => (naming === 'json-path' ? `$.${path}` : path);
  const refuse = (path: string, message: string) => badInput(`${at(path)}: ${message}`, { field: at(path) });
  const doc = object(input, '', refuse);
  // A document from another tool may carry fields this version does not know: refused by name, not dropped silently.
  const known = (value: Record<string, unknown>, path: string, keys: readonly string[]) => {
    if (naming !== 'json-path') return;
    const unknown = Object.keys(value).find((key) => !keys.includes(key));
    if (unknown !== undefined) throw refuse(path ? `${path}.${unknown}` : unknown, 'is not a field of the document');
  };
  known(doc, '', DOCUMENT_KEYS);

  const components = array(doc.components, 'components', MAX_COMPONENTS, refuse).map((raw, i) => {
    const path = `components[${i}]`;
    const c = object(raw, path, refuse);
    known(c, path, COMPONENT_KEYS);
    const status = oneOf(c.status, `${path}.status`, Object.values(ComponentStatus), refuse);
    const decommissionBy = optionalDate(c.decommissionBy, `${path}.decommissionBy`, refuse);
    if (NEEDS_RETIREMENT_DATE.includes(status) && !decommissionBy)
      throw refuse(`${path}.decommissionBy`, `a ${status} component needs its date (YYYY-MM-DD)`);
    const product = text(c.product, `${path}.product`, refuse);
    const successor = optionalText(c.successor, `${path}.successor`, refuse);
    return {
      layer: text(c.layer, `${path}.layer`, refuse),
      product,
      productKey: productKey(product),
      version: optionalText(c.version, `${path}.version`, refuse),
      hosting: oneOf(c.hosting, `${path}.hosting`, Object.values(Hosting), refuse),
      status,
      statusSince: optionalDate(c.statusSince, `${path}.statusSince`, refuse),
      decommissionBy,
      vendorEndOfSupport: optionalDate(c.vendorEndOfSupport, `${path}.vendorEndOfSupport`, refuse),
      successor,
    };
  });
  if (components.length === 0) throw refuse('components', 'a stack has at least one component');

  const roadmap = (
    doc.roadmap === undefined || doc.roadmap === null ? [] : array(doc.roadmap, 'roadmap', MAX_ROADMAP_ITEMS, refuse)
  ).map((raw, i) => {
    const path = `roadmap[${i}]`;
    const r = object(raw, path, refuse);
    known(r, path, ROADMAP_KEYS);
    const component = optionalText(r.component, `${path}.component`, refuse);
    const targetDate = optionalDate(r.targetDate, `${path}.targetDate`, refuse);
    if (!targetDate) throw refuse(`${path}.targetDate`, 'is required (YYYY-MM-DD)');
    return {
      title: text(r.title, `${path}.title`, refuse),
      component,
      componentKey: component ? productKey(component) : null,
      targetDate,
      action: oneOf(r.action, `${path}.action`, Object.values(RoadmapAction), refuse),
    };
  });

  const visibility =
    doc.visibility === undefined || doc.visibility === null
      ? Visibility.COMMUNITY
      : oneOf(doc.visibility, 'visibility', Object.values(Visibility), refuse);
  const sharedWith =
    doc.sharedWith === undefined || doc.sharedWith === null
      ? []
      : array(doc.sharedWith, 'sharedWith', 50, refuse).map((code, i) => text(code, `sharedWith[${i}]`, refuse));
  if (sharedWith.length && visibility !== Visibility.OFFICES)
    throw refuse('sharedWith', 'goes with visibility OFFICES only');
  const namedInWhoRuns = doc.namedInWhoRuns === undefined || doc.namedInWhoRuns === null ? true : doc.namedInWhoRuns;
  if (typeof namedInWhoRuns !== 'boolean') throw refuse('namedInWhoRuns', 'must be true or false');
  return { components, roadmap, visibility, sharedWith, namedInWhoRuns };
}

type Refuse = (path: string, message: string) => Error;

/** The fields of the exchange document (tech-stack.schema.json); the first five are the export's metadata. */
export const DOCUMENT_KEYS = [
  '$schema',
  'format',
  'office',
  'version',
  'publishedAt',
  'visibility',
  'sharedWith',
  'namedInWhoRuns',
  'components',
  'roadmap',
] as const;
export const COMPONENT_KEYS = [
  'layer',
  'product',
  'version',
  'hosting',
  'status',
  'statusSince',
  'decommissionBy',
  'vendorEndOfSupport',
  'successor',
] as const;
export const ROADMAP_KEYS = ['title', 'component', 'targetDate', 'action'] as const;

function object(value: unknown, path: string, refuse: Refuse): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw refuse(path || 'document', 'must be an object');
  return value as Record<string, unknown>;
}

function array(value: unknown, path: string, max: number, refuse: Refuse): unknown[] {
  if (!Array.isArray(value)) throw refuse(path, 'must be a list');
  if (value.length > max) throw refuse(path, `at most ${max} are allowed, ${value.length} given`);
  return value;
}

function text(value: unknown, path: string, refuse: Refuse): string {
  if (typeof value !== 'string') throw refuse(path, 'must be a string');
  const tidy = tidyProductName(value);
  if (tidy.length === 0) throw refuse(path, 'is empty');
  if (tidy.length > MAX_TEXT) throw refuse(path, `at most ${MAX_TEXT} characters are allowed`);
  // Controls (NUL included) would let one name pass for another; they are never part of a product or a title.
  if (/\p{Cc}/u.test(tidy)) throw refuse(path, 'contains control characters');
  return tidy;
}

function optionalText(value: unknown, path: string, refuse: Refuse): string | null {
  if (value === undefined || value === null) return null;
  if (typeof value === 'string' && value.trim() === '') return null;
  return text(value, path, refuse);
}

function oneOf<T extends string>(value: unknown, path: string, allowed: readonly T[], refuse: Refuse): T {
  if (typeof value !== 'string' || !allowed.includes(value as T))
    throw refuse(path, `must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** An ISO calendar date (YYYY-MM-DD) that exists: 2027-02-30 is refused. */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function optionalDate(value: unknown, path: string, refuse: Refuse): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !isIsoDate(value)) throw refuse(path, 'must be an ISO date (YYYY-MM-DD)');
  return value;
}
