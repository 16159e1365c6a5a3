import { describeFailure, retryDelay } from './event-worker.js';

describe('retryDelay', () => {
  it('doubles from the base on each failure, up to an hour', () => {
    expect([1, 2, 3, 4].map((attempts) => retryDelay(attempts, 1_000))).toEqual([1_000, 2_000, 4_000, 8_000]);
    expect(retryDelay(40, 1_000)).toBe(3_600_000);
  });
});

describe('describeFailure', () => {
  it('keeps the class and message, never credentials of a URL, and stays short', () => {
    const error = new TypeError('cannot reach postgres://forum:s3cret@db:5432/forum');
    expect(describeFailure(error)).toBe('TypeError: cannot reach postgres://***@db:5432/forum');
    expect(describeFailure('x'.repeat(5_000))).toHaveLength(1_000);
  });
});
