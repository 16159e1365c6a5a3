import { ForumError } from './errors.js';
import { isIsoInstant, isUtcInstant } from './cursor.js';
import { checkPlainText, unsafeCharacter } from './plain-text.js';

describe('times in cursors', () => {
  it.each([
    ['2026-02-30T00:00:00.000Z', '30 February'],
    ['2025-02-29T12:00:00.000Z', '29 February of a common year'],
    ['2026-04-31T00:00:00.000Z', '31 April'],
    ['2026-01-01T24:00:00.000Z', '24:00'],
    ['2026-01-01T23:60:00.000Z', 'minute 60'],
    ['0000-01-01T00:00:00.000Z', 'year 0'],
    ['2026-13-01T00:00:00.000Z', 'month 13'],
  ])('refuses %s (%s), which Date.parse would roll over or PostgreSQL refuse', (text) => {
    expect(isIsoInstant(text)).toBe(false);
  });

  it('accepts real moments, with exactly the digits asked for', () => {
    expect(isIsoInstant('2024-02-29T23:59:59.999Z')).toBe(true);
    expect(isIsoInstant('0001-01-01T00:00:00.000Z')).toBe(true);
    expect(isIsoInstant('0099-06-15T00:00:00.000Z')).toBe(true);
    expect(isUtcInstant('2026-11-27T09:30:00.123456Z', 6)).toBe(true);
    expect(isUtcInstant('2026-11-27T09:30:00.123Z', 6)).toBe(false);
    expect(isUtcInstant(20261127, 3)).toBe(false);
  });
});

describe('plain text (titles, names)', () => {
  it.each([
    ['a right-to-left override', 'Invoice \u202Egnp.exe'],
    ['a zero-width space', 'Ada\u200BAdmin'],
    ['a zero-width joiner between Latin letters', 'Ada\u200DAdmin'],
    ['a left-to-right isolate', 'Mo\u2066ved'],
    ['a soft hyphen', 'Cloud\u00ADsearch'],
    ['a byte-order mark inside', 'Cloud\uFEFFsearch'],
    ['a Hangul filler', '\u3164\u3164\u3164'],
    ['a braille blank', 'A\u2800B'],
    ['a tab', 'Cloud\tsearch'],
    ['a line separator', 'Cloud\u2028search'],
    ['a C1 control', 'Cloud\u0085search'],
    ['an unpaired surrogate', 'Cloud \uD800 search'],
    ['a variation selector with nothing before it', '\uFE0Fsearch'],
  ])('refuses %s', (_what, text) => {
    expect(unsafeCharacter(text)).not.toBeNull();
    expect(() => checkPlainText(text, 'title', { min: 1, max: 200 })).toThrow(ForumError);
  });

  it.each([
    ['Persian with a zero-width non-joiner', 'می‌خواهم درباره جستجو بدانم'],
    ['Hindi with a joiner', 'क्‍ष अनुभव'],
    ['an emoji family (joiners)', 'Team 👨‍👩‍👧 retro'],
    ['a heart on fire (selector and joiner)', 'We ❤️‍🔥 PostgreSQL'],
    ['a keycap', 'Step 1️⃣'],
    ['the flag of Scotland (tag characters)', 'UKIPO 🏴󠁧󠁢󠁳󠁣󠁴󠁿 visit'],
    ['an ideographic variation sequence', '葛󠄀飾区の特許'],
    ['Japanese with an ideographic space', '特許庁\u3000検索'],
  ])('accepts %s', (_what, text) => {
    expect(unsafeCharacter(text)).toBeNull();
    expect(checkPlainText(text, 'title', { min: 1, max: 200 })).toBe(text);
  });

  it('trims, counts characters rather than UTF-16 units, and names the field', () => {
    expect(checkPlainText('  Search\n', 'title', { min: 3, max: 200 })).toBe('Search');
    expect(checkPlainText('😀😀😀', 'title', { min: 3, max: 3 })).toBe('😀😀😀');
    let error: unknown;
    try {
      checkPlainText('x'.repeat(101), 'displayName', { min: 1, max: 100 });
    } catch (caught) {
      error = caught;
    }
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', details: { field: 'displayName' } });
  });
});
