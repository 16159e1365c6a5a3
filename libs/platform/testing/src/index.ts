export { createTestDatabase, type TestDatabase } from './test-database.js';
export { createTestApp, type TestApp, type TestAppOptions } from './test-app.js';
export {
  startApiProcess,
  runApi,
  API_ENTRY,
  WORKSPACE_ROOT,
  type ApiProcess,
  type ApiProcessOptions,
} from './api-process.js';
export {
  GraphQLClient,
  type ClientAs,
  type GraphQLResponse,
  type GraphQLErrorShape,
  type RequestOptions,
} from './graphql-client.js';
export { expectSqlSnapshots, snapshotFileOf, tablesNamedIn, type SqlSnapshotsOptions } from './sql-snapshots.js';
export { formatSql } from './format-sql.js';
export { collectAccessDeclarations, type AccessReport } from './access-declarations.js';
export { createTestServices, type TestServices, type TestServicesOptions } from './test-services.js';
export { startTestRedis, type TestRedis } from './test-redis.js';
export { startTestSmtp, type TestSmtp, type ReceivedMail } from './test-smtp.js';
export { outboxDrained, QUIET_EVENT_WORKER } from './outbox-drained.js';
export { textPdf } from './text-pdf.js';
