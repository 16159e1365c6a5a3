import type { ComponentStatus, Hosting, RadarMovement, RadarRing } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/catalogue';

/** The API's enum values as the stack pages say them (each a message key: test/messages.spec.ts checks them). */
export const COMPONENT_STATUSES: ComponentStatus[] = [
  'PLANNED',
  'PILOT',
  'PRODUCTION',
  'PHASE_OUT',
  'DECOMMISSIONING',
  'RETIRED',
];
export const componentStatusLabel = (status: ComponentStatus): MessageKey => `stacks.status.${status}`;

export const HOSTINGS: Hosting[] = ['ON_PREMISES', 'CLOUD', 'HYBRID', 'SAAS'];
export const hostingLabel = (hosting: Hosting): MessageKey => `stacks.hosting.${hosting}`;

/** The radar's rings from the centre out: adopted products in the middle, those offices leave at the edge. */
export const RINGS: RadarRing[] = ['ADOPT', 'TRIAL', 'ASSESS', 'HOLD'];
export const ringLabel = (ring: RadarRing): MessageKey => `stacks.ring.${ring}`;

export const MOVEMENTS: RadarMovement[] = ['NEW', 'UP', 'DOWN', 'SAME'];
export const movementLabel = (movement: RadarMovement): MessageKey => `stacks.movement.${movement}`;

/** RoadmapItem.action and DecommissionEntry.reason are Strings in the contract; these are their values. */
export const ROADMAP_ACTIONS = ['ADOPT', 'UPGRADE', 'MIGRATE', 'DECOMMISSION'] as const;
export const roadmapActionLabel = (action: string): MessageKey | null =>
  (ROADMAP_ACTIONS as readonly string[]).includes(action) ? (`stacks.action.${action}` as MessageKey) : null;

export const DECOMMISSION_REASONS = ['OFFICE_RETIREMENT', 'VENDOR_END_OF_SUPPORT'] as const;
export const reasonLabel = (reason: string): MessageKey | null =>
  (DECOMMISSION_REASONS as readonly string[]).includes(reason) ? (`stacks.reason.${reason}` as MessageKey) : null;
