// How the global setup hands the test server to the test files (jest passes process.env on to its workers).
export const ADMIN_URL_VAR = 'FORUM_TEST_ADMIN_URL';
export const TEMPLATE_VAR = 'FORUM_TEST_TEMPLATE_DB';
export const RUN_VAR = 'FORUM_TEST_RUN';

/** A URL for another database on the same server. */
export function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
