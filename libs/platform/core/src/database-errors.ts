/**
 * True when PostgreSQL refused a write for a unique index (SQLSTATE 23505), e.g. two concurrent requests that both
 * checked first. Reads the driver error as TypeORM wraps it (QueryFailedError.driverError) or as pg throws it.
 * `constraint`, when given, must be the index's name, so that another unique index is not mistaken for this one.
 */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driver = (error as { driverError?: unknown } | null)?.driverError ?? error;
  const { code, constraint: name } = (driver ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23505' && (constraint === undefined || name === constraint);
}
