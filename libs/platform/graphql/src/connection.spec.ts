import { ForumError } from './errors.js';
import { decodeCursor, encodeCursor, pageSize, toConnection } from './connection.js';

const isPath = (value: unknown): value is { path: string } =>
  typeof value === 'object' && value !== null && typeof (value as { path?: unknown }).path === 'string';

describe('connections', () => {
  it('round-trips a cursor and rejects a foreign one with BAD_USER_INPUT', () => {
    expect(decodeCursor(encodeCursor({ path: '0001' }), isPath)).toEqual({ path: '0001' });
    for (const bad of ['not-base64-json', encodeCursor({ other: 1 }), encodeCursor(null)]) {
      expect(() => decodeCursor(bad, isPath)).toThrow(ForumError);
      expect(() => decodeCursor(bad, isPath)).toThrow('Invalid cursor');
    }
  });

  it('accepts first from 0 to 100 only', () => {
    expect(pageSize(undefined, 20)).toBe(20);
    expect(pageSize(100, 20)).toBe(100);
    expect(pageSize(0, 20)).toBe(0);
    for (const bad of [101, -1, 2.5]) expect(() => pageSize(bad, 20)).toThrow(/between 0 and 100/);
  });

  it('uses the extra row only to say that a next page exists', () => {
    const rows = [{ p: 'a' }, { p: 'b' }, { p: 'c' }];
    const page = toConnection(
      rows,
      2,
      (r) => r.p,
      (r) => ({ path: r.p }),
      3,
    );
    expect(page.edges.map((e) => e.node)).toEqual(['a', 'b']);
    expect(page.pageInfo).toEqual({ hasNextPage: true, endCursor: encodeCursor({ path: 'b' }) });
    const last = toConnection(
      rows.slice(2),
      2,
      (r) => r.p,
      (r) => ({ path: r.p }),
      3,
    );
    expect(last.pageInfo.hasNextPage).toBe(false);
    expect(
      toConnection(
        [],
        2,
        (r: { p: string }) => r.p,
        () => null,
        0,
      ).pageInfo,
    ).toEqual({ hasNextPage: false, endCursor: null });
  });

  it('counts only when totalCount is read, and only once', async () => {
    let counts = 0;
    const page = toConnection(
      [{ p: 'a' }],
      2,
      (r) => r.p,
      (r) => ({ path: r.p }),
      async () => ++counts * 7,
    );
    expect(counts).toBe(0);
    expect(await page.totalCount).toBe(7);
    expect(await page.totalCount).toBe(7);
    expect(counts).toBe(1);
  });
});
