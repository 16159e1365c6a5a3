import { badInput, checkPlainText } from '@forum/core';
import { normaliseTechnologies } from './technology.js';

// The checks of what reports and strategies take, each refusal naming the field (BAD_USER_INPUT).

export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;
const MAX_TEXT_BYTES = 64 * 1024;

export const checkTitle = (title: string, field = 'title') => checkPlainText(title, field, { min: 3, max: 200 });

/** A Markdown text: not blank, at most `maxBytes` of UTF-8. */
export function checkText(value: string, field: string, maxBytes = MAX_TEXT_BYTES): string {
  if (value.trim().length === 0) throw badInput(`${field} is empty`, { field });
  const bytes = Buffer.byteLength(value, 'utf8');
  if (bytes > maxBytes) throw badInput(`${field} is ${bytes} bytes; at most ${maxBytes} are allowed`, { field });
  return value;
}

export function checkYear(year: number, field: string): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR)
    throw badInput(`${field} must be a year from ${MIN_YEAR} to ${MAX_YEAR}`, { field });
  return year;
}

export function checkPeriod(start: number, end: number): { periodStart: number; periodEnd: number } {
  const periodStart = checkYear(start, 'periodStart');
  const periodEnd = checkYear(end, 'periodEnd');
  if (periodEnd < periodStart) throw badInput('periodEnd is before periodStart', { field: 'periodEnd' });
  return { periodStart, periodEnd };
}

/** A review is of a year of the period, or the year just before or after it (a review is often written late). */
export function checkReviewYear(year: number, period: { periodStart: number; periodEnd: number }): number {
  checkYear(year, 'year');
  if (year < period.periodStart - 1 || year > period.periodEnd + 1)
    throw badInput(`year must be within the strategy's period ${period.periodStart}-${period.periodEnd}`, {
      field: 'year',
    });
  return year;
}

export function checkGoals(goals: readonly string[] | null | undefined): string[] {
  const checked = (goals ?? []).map((goal) => checkPlainText(goal, 'goals', { min: 1, max: 300 }));
  if (checked.length > 30) throw badInput('At most 30 goals', { field: 'goals' });
  return [...new Set(checked)];
}

/** Recommendation numbers 1-10, at least one, without duplicates, in the order given (the first decides the space). */
export function checkRecommendations(numbers: readonly number[]): number[] {
  if (numbers.length === 0)
    throw badInput('A report speaks to at least one recommendation', { field: 'recommendations' });
  for (const n of numbers)
    if (!Number.isInteger(n) || n < 1 || n > 10)
      throw badInput(`There is no recommendation ${n}: they are numbered 1 to 10`, { field: 'recommendations' });
  return [...new Set(numbers)];
}

export function checkTechnologies(names: readonly string[] | null | undefined): { display: string[]; keys: string[] } {
  const list = names ?? [];
  if (list.length > 30) throw badInput('At most 30 technologies', { field: 'technologies' });
  for (const name of list) checkPlainText(name, 'technologies', { min: 1, max: 80 });
  return normaliseTechnologies(list);
}

export function checkMonths(months: number | null | undefined, field: string): number | null {
  if (months === null || months === undefined) return null;
  if (!Number.isInteger(months) || months < 0 || months > 600)
    throw badInput(`${field} must be a whole number of months from 0 to 600`, { field });
  return months;
}

export const checkOptionalText = (value: string | null | undefined, field: string, maxBytes = 8 * 1024) =>
  value === null || value === undefined || value.trim() === '' ? null : checkText(value, field, maxBytes);
