import type { RadarMovement } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { MOVEMENTS, movementLabel, ringLabel, RINGS } from './labels';
import { CENTRE, RING_BANDS, SIZE, type PlacedItem } from './radar-layout';

/** The mark of a product: its movement is its shape (triangle up: moved in; down: moved out; ring: new). */
export function Blip({ movement, x, y, r = 11 }: { movement: RadarMovement | null; x: number; y: number; r?: number }) {
  if (movement === 'UP')
    return (
      <polygon
        className="blip-shape"
        points={`${x},${y - r - 2} ${x + r + 2},${y + r - 1} ${x - r - 2},${y + r - 1}`}
      />
    );
  if (movement === 'DOWN')
    return (
      <polygon
        className="blip-shape"
        points={`${x - r - 2},${y - r + 1} ${x + r + 2},${y - r + 1} ${x},${y + r + 2}`}
      />
    );
  return (
    <>
      {movement === 'NEW' && <circle className="blip-new" cx={x} cy={y} r={r + 4} />}
      <circle className="blip-shape" cx={x} cy={y} r={r} />
    </>
  );
}

/**
 * The technology radar, drawn by hand in SVG: four rings from the centre out (adopt, trial, assess, hold), each
 * product a numbered mark in its ring, shaped by its movement since the last edition. The picture is one image for
 * assistive technology; the table next to it says the same in rows.
 */
export default function RadarChart({ items }: { items: readonly PlacedItem[] }) {
  const { t, format } = useI18n();
  return (
    <figure className="radar">
      <svg
        className="radar-chart"
        viewBox={`0 0 ${SIZE} ${SIZE}`}
        role="img"
        aria-labelledby="radar-chart-title radar-chart-description"
      >
        <title id="radar-chart-title">{t('stacks.radar.chart', { count: items.length })}</title>
        <desc id="radar-chart-description">{t('stacks.radar.chartDescription')}</desc>
        {[...RINGS].reverse().map((ring) => (
          <circle
            key={ring}
            className={`ring ring-${ring.toLowerCase()}`}
            data-ring={ring}
            cx={CENTRE}
            cy={CENTRE}
            r={RING_BANDS[ring].outer}
          />
        ))}
        <line
          className="axis"
          x1={CENTRE - RING_BANDS.HOLD.outer}
          y1={CENTRE}
          x2={CENTRE + RING_BANDS.HOLD.outer}
          y2={CENTRE}
        />
        <line
          className="axis"
          x1={CENTRE}
          y1={CENTRE - RING_BANDS.HOLD.outer}
          x2={CENTRE}
          y2={CENTRE + RING_BANDS.HOLD.outer}
        />
        {RINGS.map((ring) => (
          <text
            key={ring}
            className="ring-label"
            x={CENTRE}
            y={CENTRE - RING_BANDS[ring].outer + 16}
            textAnchor="middle"
          >
            {t(ringLabel(ring))}
          </text>
        ))}
        {items.map((item) => (
          <g
            key={item.product}
            className={`blip blip-${item.ring.toLowerCase()}`}
            data-product={item.product}
            data-ring={item.ring}
            data-movement={item.movement ?? ''}
          >
            <title>
              {`${item.number}. ${item.product}: ${t(ringLabel(item.ring))}${
                item.movement ? `, ${t(movementLabel(item.movement))}` : ''
              }`}
            </title>
            <Blip movement={item.movement} x={item.x} y={item.y} />
            <text className="blip-number" x={item.x} y={item.y} textAnchor="middle" dominantBaseline="central">
              {format.number(item.number)}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>
        <h2 id="radar-legend" className="legend-title">
          {t('stacks.radar.legend')}
        </h2>
        <ul className="legend" aria-labelledby="radar-legend">
          {MOVEMENTS.map((movement) => (
            <li key={movement}>
              <svg className="legend-mark" viewBox="0 0 32 32" aria-hidden="true" focusable="false">
                <g className="blip blip-adopt">
                  <Blip movement={movement === 'SAME' ? null : movement} x={16} y={16} r={8} />
                </g>
              </svg>
              {t(movementLabel(movement))}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
