import { badInput, forbidden, notFound } from '@forum/core';

/** Why reports and strategies refused, as clients see it in `extensions.reason`. */
export const ReportsReason = {
  STRATEGY_NOT_FOUND: 'reports.strategy-not-found',
  VERSION_NOT_FOUND: 'reports.strategy-version-not-found',
  REPORT_NOT_FOUND: 'reports.report-not-found',
  NOT_OWN_OFFICE: 'reports.not-own-office',
  REVIEW_EXISTS: 'reports.review-exists',
  DIFFERENT_STRATEGIES: 'reports.versions-of-different-strategies',
} as const;

export const strategyNotFound = () => notFound('ICT strategy not found').because(ReportsReason.STRATEGY_NOT_FOUND);
export const versionNotFound = () => notFound('Strategy version not found').because(ReportsReason.VERSION_NOT_FOUND);
export const reportNotFound = () => notFound('Experience report not found').because(ReportsReason.REPORT_NOT_FOUND);

/** A member of another office may read a share but not change it. */
export const notOwnOffice = (what: string) =>
  forbidden(`Only members of the office that shares this ${what} may change it`).because(ReportsReason.NOT_OWN_OFFICE);

export const reviewExists = (year: number) =>
  badInput(`The strategy has a review for ${year} already`, { field: 'year' }).because(ReportsReason.REVIEW_EXISTS);

export const differentStrategies = () =>
  badInput('from and to must be versions of the same strategy', { field: 'to' }).because(
    ReportsReason.DIFFERENT_STRATEGIES,
  );
