import { RadarMovement, RadarRing } from './dto/radar.model.js';
import { icalendar } from './icalendar.js';
import { productKey, seededAliases } from './product-names.js';
import { movementOf, ringOf } from './radar-rules.js';
import { ComponentStatus } from './stack.enums.js';
import { checkStack } from './stack.rules.js';

const counts = (entries: [ComponentStatus, number][]) => new Map(entries);

describe('the rules of stacks', () => {
  it('gives one key to the spellings of a product, and the alias table the rest', () => {
    expect(new Set(['PostgreSQL', ' postgresql', 'Postgre-SQL', 'POSTGRESQL\t'].map(productKey)).size).toBe(1);
    expect(productKey('C++')).not.toBe(productKey('C'));
    const postgres = seededAliases().find((row) => row.aliasKey === productKey('Postgres'));
    expect(postgres).toEqual({ aliasKey: 'postgres', product: 'PostgreSQL', productKey: 'postgresql' });
  });

  it('derives the ring from the share of offices in production and leaving', () => {
    expect(
      ringOf(
        counts([
          [ComponentStatus.PRODUCTION, 3],
          [ComponentStatus.DECOMMISSIONING, 1],
        ]),
        4,
      ),
    ).toBe(RadarRing.ADOPT);
    expect(
      ringOf(
        counts([
          [ComponentStatus.PRODUCTION, 1],
          [ComponentStatus.PHASE_OUT, 2],
        ]),
        3,
      ),
    ).toBe(RadarRing.HOLD);
    expect(
      ringOf(
        counts([
          [ComponentStatus.PILOT, 2],
          [ComponentStatus.PLANNED, 1],
        ]),
        3,
      ),
    ).toBe(RadarRing.TRIAL);
    expect(ringOf(counts([[ComponentStatus.PLANNED, 3]]), 3)).toBe(RadarRing.ASSESS);
    expect(movementOf(RadarRing.HOLD, RadarRing.ADOPT)).toBe(RadarMovement.DOWN);
    expect(movementOf(RadarRing.ADOPT, RadarRing.TRIAL)).toBe(RadarMovement.UP);
    expect(movementOf(RadarRing.TRIAL, undefined)).toBe(RadarMovement.NEW);
  });

  it('names a refused field by its JSON path for an imported document', () => {
    expect(() =>
      checkStack({ components: [{ layer: 'db', product: 'x', hosting: 'CLOUD', status: 'RETIRED' }] }, 'json-path'),
    ).toThrow(expect.objectContaining({ details: { field: '$.components[0].decommissionBy' } }));
    expect(() => checkStack({ components: 'none' }, 'json-path')).toThrow(
      expect.objectContaining({ details: { field: '$.components' } }),
    );
  });

  it('writes iCalendar with CRLF, escaped text and lines folded at 75 octets', () => {
    const text = icalendar(
      'Calendar',
      [{ uid: 'a@b', date: '2027-12-31', summary: 'Ünïcödé, ; \\ '.repeat(10), description: 'one\ntwo' }],
      new Date('2026-01-02T03:04:05.678Z'),
    );
    const lines = text.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(text).toContain('DTSTART;VALUE=DATE:20271231\r\nDTEND;VALUE=DATE:20280101');
    expect(text).toContain('DESCRIPTION:one\\ntwo');
    expect(text).toContain('DTSTAMP:20260102T030405Z');
  });
});
