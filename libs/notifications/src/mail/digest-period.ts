import type { Period } from './digests.repository.js';
import { EmailFrequency } from './email-frequency.js';

const DAY_MS = 86_400_000;

/**
 * The last whole period before `now` of a digest frequency, in UTC (members have no time zone yet): the day before
 * today's, or the ISO week (Monday to Sunday) before this one. Null for frequencies without a digest.
 */
export function lastPeriod(frequency: EmailFrequency, now: Date): Period | null {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  if (frequency === EmailFrequency.DAILY) return { from: new Date(today - DAY_MS), to: new Date(today) };
  if (frequency === EmailFrequency.WEEKLY) {
    const monday = today - ((now.getUTCDay() + 6) % 7) * DAY_MS;
    return { from: new Date(monday - 7 * DAY_MS), to: new Date(monday) };
  }
  return null;
}

/** The unique key of one member's digest of one period: planning it again makes no second e-mail. */
export const digestKey = (frequency: EmailFrequency, memberId: string, period: Period): string =>
  `notifications.digest:${frequency}:${memberId}:${period.from.toISOString().slice(0, 10)}`;

/** The period's first day as a digest names it (`2026-11-27`, or `2026-11-23 – 2026-11-29` for a week). */
export function periodLabel(period: Period): string {
  const first = period.from.toISOString().slice(0, 10);
  const last = new Date(period.to.getTime() - DAY_MS).toISOString().slice(0, 10);
  return first === last ? first : `${first} – ${last}`;
}
