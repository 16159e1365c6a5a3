import { CENTRE, placeItems, RING_BANDS, type RadarItem } from '../src/features/stacks/radar-layout';
import { RINGS } from '../src/features/stacks/labels';

const item = (product: string, ring: RadarItem['ring'], offices = 2): RadarItem => ({
  product,
  ring,
  movement: null,
  offices,
});
const distance = (point: { x: number; y: number }) => Math.hypot(point.x - CENTRE, point.y - CENTRE);

describe('the radar layout', () => {
  it('puts every product inside the band of its ring, numbered ring by ring, most used first', () => {
    const items = [
      item('Kafka', 'TRIAL'),
      item('PostgreSQL', 'ADOPT', 5),
      item('Oracle', 'HOLD', 3),
      item('Kubernetes', 'ADOPT', 7),
      item('Camunda', 'ASSESS'),
      ...Array.from({ length: 12 }, (_, i) => item(`Tool ${i}`, 'TRIAL')),
    ];
    const placed = placeItems(items);
    expect(placed).toHaveLength(items.length);
    expect(placed.map((p) => p.number)).toEqual(items.map((_, i) => i + 1));
    expect(placed.slice(0, 2).map((p) => p.product)).toEqual(['Kubernetes', 'PostgreSQL']);
    expect(placed.map((p) => p.ring)).toEqual(
      [...placed].sort((a, b) => RINGS.indexOf(a.ring) - RINGS.indexOf(b.ring)).map((p) => p.ring),
    );
    for (const point of placed) {
      const { inner, outer } = RING_BANDS[point.ring];
      expect(distance(point)).toBeGreaterThan(inner);
      expect(distance(point)).toBeLessThan(outer);
    }
  });

  it('keeps marks of a full ring apart and draws the same data the same way', () => {
    const items = Array.from({ length: 20 }, (_, i) => item(`Product ${i}`, 'ADOPT'));
    const placed = placeItems(items);
    for (const a of placed)
      for (const b of placed) if (a !== b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(12);
    expect(placeItems(items)).toEqual(placed);
  });
});
