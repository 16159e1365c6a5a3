import type { TechStackModel } from './dto/stack.model.js';

/** The exchange document's identifiers (libs/stacks/src/tech-stack.schema.json). */
export const STACK_SCHEMA_ID = 'urn:ip-office-ict-forum:tech-stack:1';
export const STACK_FORMAT = 'ip-office-ict-forum/tech-stack@1';

/**
 * A stack version as the exchange document: the office's own spellings of products (so an import publishes what the
 * office wrote), optional fields as null.
 */
export function toStackDocument(stack: TechStackModel, officeCode: string, sharedWith: string[]) {
  return {
    $schema: STACK_SCHEMA_ID,
    format: STACK_FORMAT,
    office: officeCode,
    version: stack.version,
    publishedAt: stack.publishedAt.toISOString(),
    visibility: stack.visibility,
    sharedWith,
    namedInWhoRuns: stack.namedInWhoRuns,
    components: stack.components.map((c) => ({
      layer: c.layer,
      product: c.givenProduct,
      version: c.version,
      hosting: c.hosting,
      status: c.status,
      statusSince: c.statusSince,
      decommissionBy: c.decommissionBy,
      vendorEndOfSupport: c.vendorEndOfSupport,
      successor: c.successor,
    })),
    roadmap: stack.roadmap.map((r) => ({
      title: r.title,
      component: r.component,
      targetDate: r.targetDate,
      action: r.action,
    })),
  };
}
