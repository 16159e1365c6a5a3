import { registerEnumType } from '@nestjs/graphql';

/**
 * The office's own phase of a component: the contract's ComponentStatus with PHASE_OUT between PRODUCTION and
 * DECOMMISSIONING (still in production, no longer invested in: "who is leaving it?").
 */
export enum ComponentStatus {
  PLANNED = 'PLANNED',
  PILOT = 'PILOT',
  PRODUCTION = 'PRODUCTION',
  PHASE_OUT = 'PHASE_OUT',
  DECOMMISSIONING = 'DECOMMISSIONING',
  RETIRED = 'RETIRED',
}

registerEnumType(ComponentStatus, {
  name: 'ComponentStatus',
  description: "Where a component stands in the office's own lifecycle.",
  valuesMap: {
    PLANNED: { description: 'Chosen, not yet running.' },
    PILOT: { description: 'Running for a part of the users or the data.' },
    PRODUCTION: { description: 'In production use.' },
    PHASE_OUT: { description: 'In production, to be replaced: no new use.' },
    DECOMMISSIONING: { description: 'Being switched off (by decommissionBy).' },
    RETIRED: { description: 'Switched off (on decommissionBy).' },
  },
});

/** The phases that need a retirement date. */
export const NEEDS_RETIREMENT_DATE: readonly ComponentStatus[] = [
  ComponentStatus.DECOMMISSIONING,
  ComponentStatus.RETIRED,
];

export enum Hosting {
  ON_PREMISES = 'ON_PREMISES',
  CLOUD = 'CLOUD',
  HYBRID = 'HYBRID',
  SAAS = 'SAAS',
}

registerEnumType(Hosting, {
  name: 'Hosting',
  description: 'Where a component runs.',
  valuesMap: {
    ON_PREMISES: { description: "In the office's own data centre." },
    CLOUD: { description: 'On infrastructure rented from a cloud provider, run by the office.' },
    HYBRID: { description: 'Partly on premises, partly in the cloud.' },
    SAAS: { description: 'A service run by its vendor.' },
  },
});

/** What a roadmap item does to a component (the contract keeps `action` a String; these are its values). */
export enum RoadmapAction {
  ADOPT = 'ADOPT',
  UPGRADE = 'UPGRADE',
  MIGRATE = 'MIGRATE',
  DECOMMISSION = 'DECOMMISSION',
}
