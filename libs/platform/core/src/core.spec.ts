import { QueryFailedError } from 'typeorm';
import {
  badInput,
  decodeCursor,
  encodeCursor,
  ErrorCode,
  ForumError,
  forbidden,
  instantIdPosition,
  isInstantIdPosition,
  isUniqueViolation,
  isUuid,
  rowsByIds,
} from './index.js';

const ID = '0b9f7c1e-2f4a-4c39-9a51-1f0c7f3e9d10';

describe('ForumError', () => {
  it('carries a domain reason without losing its code, message or details', () => {
    const error = badInput('Too long', { argument: 'title' }).because('discussions.title-too-long');
    expect(error).toBeInstanceOf(ForumError);
    expect({ code: error.code, message: error.message, details: error.details, reason: error.reason }).toEqual({
      code: ErrorCode.BAD_USER_INPUT,
      message: 'Too long',
      details: { argument: 'title' },
      reason: 'discussions.title-too-long',
    });
    expect(forbidden().reason).toBeUndefined();
  });

  it('refuses a reason that is not domain.what-happened (a typo would be a silent contract change)', () => {
    expect(() => forbidden().because('Thread locked')).toThrow(/domain\.what-happened/);
    expect(() => new ForumError(ErrorCode.FORBIDDEN, 'x', undefined, { reason: 'locked' })).toThrow();
  });
});

describe('ids', () => {
  it('tells a uuid from anything PostgreSQL would refuse to compare with one', () => {
    expect(isUuid(ID)).toBe(true);
    expect(isUuid(ID.toUpperCase())).toBe(true);
    for (const value of ['', 'abc', `${ID}x`, 42, null, undefined]) expect(isUuid(value)).toBe(false);
  });

  it('orders fetched rows as the ids were asked, null where none came back', () => {
    const rows = [
      { id: 'b', name: 'B' },
      { id: 'a', name: 'A' },
    ];
    expect(rowsByIds(['a', 'x', 'b', 'a'], rows)).toEqual([rows[1], null, rows[0], rows[1]]);
    expect(rowsByIds([2, 1], [{ n: 1 }, { n: 2 }], (row) => row.n)).toEqual([{ n: 2 }, { n: 1 }]);
  });
});

describe('isUniqueViolation', () => {
  const pgError = (code: string, constraint?: string) => Object.assign(new Error('pg'), { code, constraint });

  it('recognises 23505 as TypeORM wraps it and as pg throws it, optionally for one index only', () => {
    const wrapped = new QueryFailedError('INSERT', [], pgError('23505', 'member_email_lower_key'));
    expect(isUniqueViolation(wrapped)).toBe(true);
    expect(isUniqueViolation(pgError('23505'))).toBe(true);
    expect(isUniqueViolation(wrapped, 'member_email_lower_key')).toBe(true);
    expect(isUniqueViolation(wrapped, 'office_code_key')).toBe(false);
    expect(isUniqueViolation(new QueryFailedError('INSERT', [], pgError('23503')))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
    expect(isUniqueViolation('23505')).toBe(false);
  });
});

describe('cursors', () => {
  it('round-trips a time-and-id position and refuses anything this API did not write', () => {
    const position = instantIdPosition(new Date('2026-01-02T03:04:05.678Z'), ID);
    expect(decodeCursor(encodeCursor(position), isInstantIdPosition)).toEqual(['2026-01-02T03:04:05.678Z', ID]);
    for (const forged of [
      encodeCursor(['2026-01-02', ID]),
      encodeCursor(['99999-01-02T03:04:05.678Z', ID]),
      encodeCursor(['2026-01-02T03:04:05.678Z', 'not-a-uuid']),
      'not base64 json',
    ]) {
      expect(() => decodeCursor(forged, isInstantIdPosition)).toThrow(
        expect.objectContaining({ code: ErrorCode.BAD_USER_INPUT, details: { argument: 'after' } }) as Error,
      );
    }
  });
});
