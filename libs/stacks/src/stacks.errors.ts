import { badInput, notFound } from '@forum/core';

/** Why stacks refused, as clients see it in `extensions.reason`. NOT_FOUND is the same for absent and unseen. */
export const StacksReason = {
  STACK_NOT_FOUND: 'stacks.stack-not-found',
  OFFICE_NOT_FOUND: 'stacks.office-not-found',
  UNKNOWN_SUCCESSOR: 'stacks.unknown-successor',
  UNKNOWN_OFFICE: 'stacks.unknown-office',
  BAD_DATE_RANGE: 'stacks.bad-date-range',
  NOT_JSON: 'stacks.not-json',
  OTHER_OFFICE: 'stacks.other-office',
} as const;

export const stackNotFound = () => notFound('Tech stack not found').because(StacksReason.STACK_NOT_FOUND);
export const officeNotFound = (code: string) => notFound(`No office "${code}"`).because(StacksReason.OFFICE_NOT_FOUND);

export const unknownSuccessor = (field: string, successor: string) =>
  badInput(`${field}: "${successor}" is not a component of this stack`, { field }).because(
    StacksReason.UNKNOWN_SUCCESSOR,
  );
export const unknownOffice = (field: string, code: string) =>
  badInput(`${field}: no office "${code}"`, { field }).because(StacksReason.UNKNOWN_OFFICE);
export const badDateRange = (field: string, message: string) =>
  badInput(`${field}: ${message}`, { field }).because(StacksReason.BAD_DATE_RANGE);
export const notJson = (why: string) =>
  badInput(`$: the document is not JSON (${why})`, { field: '$' }).because(StacksReason.NOT_JSON);
export const otherOffice = () =>
  badInput("$.office: a document is imported into the caller's own office only", { field: '$.office' }).because(
    StacksReason.OTHER_OFFICE,
  );
