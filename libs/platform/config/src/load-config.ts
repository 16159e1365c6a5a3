import { resolve } from 'node:path';
import { configSchema, type ForumConfig } from './config.schema.js';
import { corsOriginsOf, shownValue } from './http-values.js';

/** Thrown when the environment does not describe a runnable forum; the message names each bad variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

/**
 * The only place that reads the environment. Empty strings count as unset, so that a blank line in
 * an .env file falls back to the default instead of failing.
 */
export function loadConfig(env: Env = process.env): ForumConfig {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = configSchema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map(
        (issue) =>
          `${issue.path.join('.') || '(root)'}: ${issue.message} (got ${shownValue(String(issue.path[0]), present[String(issue.path[0])])})`,
      ),
    );
  }
  const values = parsed.data;
  return {
    nodeEnv: values.NODE_ENV,
    isProduction: values.NODE_ENV === 'production',
    port: values.PORT,
    host: values.HOST,
    dataDir: resolve(values.DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    redisUrl: values.REDIS_URL,
    databasePoolSize: values.DATABASE_POOL_SIZE,
    databaseSlowQueryMs: values.DATABASE_SLOW_QUERY_MS,
    databaseConnectTimeoutMs: values.DATABASE_CONNECT_TIMEOUT_MS,
    logLevel: values.LOG_LEVEL,
    graphqlSchemaFile: values.GRAPHQL_SCHEMA_FILE ? resolve(values.GRAPHQL_SCHEMA_FILE) : undefined,
    graphqlIntrospection: (values.GRAPHQL_INTROSPECTION ?? String(values.NODE_ENV !== 'production')) === 'true',
    answerCacheSeconds: values.ANSWER_CACHE_SECONDS ?? (values.NODE_ENV === 'production' ? 10 : 0),
    trustProxy: trustProxyValue(values.TRUST_PROXY),
    corsOrigins: corsOriginsOf(values.CORS_ORIGINS) ?? [],
    jwtSecret: values.JWT_SECRET,
    adminEmail: values.ADMIN_EMAIL.toLowerCase(),
    adminPassword: values.ADMIN_PASSWORD,
    signIn: {
      windowMs: values.SIGN_IN_WINDOW_MINUTES * 60_000,
      pairLimit: values.SIGN_IN_PAIR_LIMIT,
      addressLimit: values.SIGN_IN_ADDRESS_LIMIT,
      backoffAfter: values.SIGN_IN_BACKOFF_AFTER,
      backoffBaseMs: values.SIGN_IN_BACKOFF_BASE_MS,
      backoffMaxMs: values.SIGN_IN_BACKOFF_MAX_MS,
    },
    oidc: values.OIDC_ISSUER
      ? {
          issuer: values.OIDC_ISSUER,
          audience: values.OIDC_AUDIENCE!,
          emailClaim: values.OIDC_EMAIL_CLAIM,
          timeoutMs: values.OIDC_TIMEOUT_MS,
        }
      : undefined,
    events: {
      worker: values.EVENTS_WORKER === 'true',
      pollIntervalMs: values.EVENTS_POLL_INTERVAL_MS,
      maxAttempts: values.EVENTS_MAX_ATTEMPTS,
      retryBaseMs: values.EVENTS_RETRY_BASE_MS,
      retentionDays: values.EVENTS_RETENTION_DAYS,
      handlerTimeoutMs: values.EVENTS_HANDLER_TIMEOUT_MS,
      batchSize: values.EVENTS_BATCH_SIZE,
    },
    mail: {
      smtpUrl: values.SMTP_URL,
      from: values.MAIL_FROM,
      publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/+$/, ''),
      secret: values.MAIL_SECRET,
      retryLimit: values.MAIL_RETRY_LIMIT,
      retryDelaySeconds: values.MAIL_RETRY_DELAY_SECONDS,
      pollIntervalMs: values.MAIL_POLL_INTERVAL_MS,
    },
    stacks: { radarMinOffices: values.RADAR_MIN_OFFICES },
    documents: {
      maxBytes: values.UPLOAD_MAX_BYTES,
      maxFilesPerPost: values.UPLOAD_MAX_FILES_PER_POST,
      memberQuotaBytes: values.UPLOAD_MEMBER_QUOTA_BYTES,
      s3:
        values.S3_ENDPOINT && values.S3_BUCKET
          ? {
              endpoint: values.S3_ENDPOINT,
              bucket: values.S3_BUCKET,
              region: values.S3_REGION,
              accessKeyId: values.S3_ACCESS_KEY_ID,
              secretAccessKey: values.S3_SECRET_ACCESS_KEY,
              signedUrlSeconds: values.S3_SIGNED_URL_SECONDS,
              publicEndpoint: values.S3_PUBLIC_ENDPOINT ?? values.S3_ENDPOINT,
            }
          : undefined,
    },
  };
}

function trustProxyValue(value: string): boolean | number | string {
  if (value === 'true' || value === 'false') return value === 'true';
  return /^\d+$/.test(value) ? Number(value) : value;
}
