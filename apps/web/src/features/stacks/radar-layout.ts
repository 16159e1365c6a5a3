import type { RadarMovement, RadarRing } from '../../gql/graphql';
import { RINGS } from './labels';

/** The chart's square, in SVG user units; the centre is at SIZE / 2. */
export const SIZE = 600;
export const CENTRE = SIZE / 2;

/** Each ring's band (inner and outer radius), from the centre out; inner rings are wider, as they hold more. */
export const RING_BANDS: Record<RadarRing, { inner: number; outer: number }> = {
  ADOPT: { inner: 0, outer: 115 },
  TRIAL: { inner: 115, outer: 185 },
  ASSESS: { inner: 185, outer: 245 },
  HOLD: { inner: 245, outer: 290 },
};

export interface RadarItem {
  product: string;
  ring: RadarRing;
  movement: RadarMovement | null;
  offices: number;
}

export interface PlacedItem extends RadarItem {
  /** Its number on the chart and in the table (1-based, by ring then by offices). */
  number: number;
  x: number;
  y: number;
}

/**
 * Where each product sits: in its ring's band, spread evenly around the circle, alternating between three distances
 * from the centre so that neighbours in a full ring do not touch. Deterministic (the same data draws the same chart),
 * most-used products first in each ring.
 */
export function placeItems(items: readonly RadarItem[]): PlacedItem[] {
  const placed: PlacedItem[] = [];
  let number = 0;
  for (const ring of RINGS) {
    const inRing = items
      .filter((item) => item.ring === ring)
      .sort((a, b) => b.offices - a.offices || a.product.localeCompare(b.product));
    const { inner, outer } = RING_BANDS[ring];
    // The innermost ring keeps clear of its very centre, where every angle meets.
    const from = ring === 'ADOPT' ? 30 : inner + 14;
    const to = outer - 14;
    inRing.forEach((item, index) => {
      // Starting a quarter turn in per ring so that the rings' first items do not line up on one ray.
      const angle = ((index + 0.5) / inRing.length) * 2 * Math.PI + (RINGS.indexOf(ring) * Math.PI) / 8 - Math.PI / 2;
      const step = inRing.length > 2 ? index % 3 : 1;
      const radius = from + ((to - from) * (step + 0.5)) / 3;
      number += 1;
      placed.push({
        ...item,
        number,
        x: round(CENTRE + radius * Math.cos(angle)),
        y: round(CENTRE + radius * Math.sin(angle)),
      });
    });
  }
  return placed;
}

const round = (value: number) => Math.round(value * 10) / 10;
