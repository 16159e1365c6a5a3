import { RadarMovement, RadarRing } from './dto/radar.model.js';
import { ComponentStatus } from './stack.enums.js';

/** The name the radar and whoRuns give every product used by too few visible offices to be named. */
export const OTHER = 'other';

const LEAVING: readonly ComponentStatus[] = [
  ComponentStatus.PHASE_OUT,
  ComponentStatus.DECOMMISSIONING,
  ComponentStatus.RETIRED,
];

/**
 * The ring of a product from how many offices have it in each phase (an office counts once per phase it has it in),
 * over `offices`, the offices using it:
 * - HOLD: at least as many offices are leaving it (PHASE_OUT, DECOMMISSIONING, RETIRED) as run it in PRODUCTION;
 * - ADOPT: otherwise, when at least half of the offices run it in PRODUCTION;
 * - TRIAL: otherwise, when at least half of them have it in PILOT or PRODUCTION;
 * - ASSESS: the rest (mostly PLANNED).
 */
export function ringOf(byStatus: ReadonlyMap<ComponentStatus, number>, offices: number): RadarRing {
  const count = (status: ComponentStatus) => byStatus.get(status) ?? 0;
  const production = count(ComponentStatus.PRODUCTION);
  const leaving = LEAVING.reduce((sum, status) => sum + count(status), 0);
  if (leaving > 0 && leaving >= production) return RadarRing.HOLD;
  if (production * 2 >= offices) return RadarRing.ADOPT;
  if ((production + count(ComponentStatus.PILOT)) * 2 >= offices) return RadarRing.TRIAL;
  return RadarRing.ASSESS;
}

// From HOLD (0) to ADOPT (3): moving up is moving towards adoption.
const ORDER = [RadarRing.HOLD, RadarRing.ASSESS, RadarRing.TRIAL, RadarRing.ADOPT];

export function movementOf(now: RadarRing, before: RadarRing | undefined): RadarMovement {
  if (!before) return RadarMovement.NEW;
  const delta = ORDER.indexOf(now) - ORDER.indexOf(before);
  return delta > 0 ? RadarMovement.UP : delta < 0 ? RadarMovement.DOWN : RadarMovement.SAME;
}
