import { z } from 'zod';
import { corsOriginsOf, isTrustProxy } from './http-values.js';

/** The most documents one post may carry, whatever UPLOAD_MAX_FILES_PER_POST says (GraphQL's cost of a list). */
export const MAX_ATTACHMENTS_PER_POST = 20;

const port = z.coerce
  .number({ error: 'must be a whole number from 0 to 65535' })
  .int('must be a whole number from 0 to 65535')
  .min(0, 'must be a whole number from 0 to 65535')
  .max(65535, 'must be a whole number from 0 to 65535');

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value) && URL.canParse(value), 'must be a postgres:// URL');

/** Every variable the forum reads, with its default. Later features add theirs here. */
export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: port.default(3000),
    HOST: z.string().min(1).default('0.0.0.0'),
    DATA_DIR: z.string().min(1).default('.data'),
    DATABASE_URL: postgresUrl.optional(),
    /** Real time across API instances through Redis (socket.io's Redis adapter); unset: through PostgreSQL. */
    REDIS_URL: z
      .string()
      .refine((value) => /^rediss?:\/\//.test(value) && URL.canParse(value), 'must be a redis:// URL')
      .optional(),
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
    /** A statement slower than this many milliseconds is logged (warn, with its SQL, never its parameters). */
    DATABASE_SLOW_QUERY_MS: z.coerce.number().int().min(1).max(600_000).default(500),
    DATABASE_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(5_000),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    /**
     * Which proxies' X-Forwarded-For to believe for the client address (rate limits, audit log): Express's
     * "trust proxy": false (default), true, a hop count, or addresses/subnets/keywords such as "loopback, uniquelocal".
     */
    TRUST_PROXY: z
      .string()
      .min(1)
      .default('false')
      .refine(
        isTrustProxy,
        'must be true, false, a hop count, or addresses, subnets and loopback/linklocal/uniquelocal',
      ),
    /** Web clients on other origins that may call the API from a browser (CORS), e.g. "https://forum.example.org". */
    CORS_ORIGINS: z
      .string()
      .optional()
      .refine((value) => corsOriginsOf(value) !== null, 'must be origins (https://host[:port]) separated by commas'),
    /** When set, the API writes its GraphQL schema (SDL) to this file at start (`npm run schema:emit`). */
    GRAPHQL_SCHEMA_FILE: z.string().min(1).optional(),
    /** Signs the access tokens (HS256). Required in production; elsewhere generated at start when unset. */
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** The first administrator, created on the first start on an empty database. */
    ADMIN_EMAIL: z.email('must be an e-mail address').default('admin@forum.invalid'),
    /** The first administrator's password; when unset one is generated and logged once. */
    ADMIN_PASSWORD: z.string().min(12, 'must be at least 12 characters').optional(),
    /** Sign-in throttle (docs/security.md): failures counted over this window. */
    SIGN_IN_WINDOW_MINUTES: z.coerce.number().int().min(1).max(1440).default(15),
    /** Failures for one e-mail from one address before that pair is refused until the window passes. */
    SIGN_IN_PAIR_LIMIT: z.coerce.number().int().min(1).max(10_000).default(10),
    /** Failures from one address, over every e-mail, before that address is refused (an office's NAT: keep it high). */
    SIGN_IN_ADDRESS_LIMIT: z.coerce.number().int().min(1).max(100_000).default(100),
    /** Failures for one e-mail, over every address, after which attempts from unfamiliar addresses are slowed. */
    SIGN_IN_BACKOFF_AFTER: z.coerce.number().int().min(1).max(10_000).default(10),
    /** The first slowed attempt's delay; it doubles with each further failure, up to SIGN_IN_BACKOFF_MAX_MS. */
    SIGN_IN_BACKOFF_BASE_MS: z.coerce.number().int().min(0).max(60_000).default(1_000),
    SIGN_IN_BACKOFF_MAX_MS: z.coerce.number().int().min(0).max(300_000).default(30_000),
    /** Single sign-on: the OpenID provider whose bearer tokens the API also accepts (discovery + JWKS). */
    OIDC_ISSUER: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    /** The audience those tokens must carry; required with OIDC_ISSUER. */
    OIDC_AUDIENCE: z.string().min(1).optional(),
    /** The claim matched (case-insensitively) to a member's e-mail. */
    OIDC_EMAIL_CLAIM: z.string().min(1).default('email'),
    /** How long a call to the OpenID provider (discovery, JWKS) may take before it counts as failed. */
    OIDC_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    /** Schema introspection (and "did you mean" suggestions): on outside production; in production only when true. */
    GRAPHQL_INTROSPECTION: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
    /** Answers to anonymous queries kept per instance until the next domain event, at most this long; 0: off. */
    ANSWER_CACHE_SECONDS: z.coerce.number().int().min(0).max(3_600).optional(),
    /** Domain events (docs/operations.md): whether this instance delivers events to its consumers. */
    EVENTS_WORKER: z.enum(['true', 'false'], { error: 'must be true or false' }).default('true'),
    /** How often the worker looks for due deliveries when no notification woke it (retries, missed NOTIFYs). */
    EVENTS_POLL_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(5_000),
    /** Attempts before a delivery is dead (listed for admins, retried only by hand). */
    EVENTS_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(100).default(8),
    /** The first retry's delay; each further one doubles it (capped at one hour). */
    EVENTS_RETRY_BASE_MS: z.coerce.number().int().min(10).max(3_600_000).default(1_000),
    /** Delivered events older than this are deleted. */
    EVENTS_RETENTION_DAYS: z.coerce.number().int().min(1).max(3650).default(7),
    /** A consumer still running after this is given up: its connection is ended, the take counts as an attempt. */
    EVENTS_HANDLER_TIMEOUT_MS: z.coerce.number().int().min(100).max(3_600_000).default(120_000),
    /** Deliveries taken and settled in one transaction (each in its own savepoint); 1: one at a time. */
    EVENTS_BATCH_SIZE: z.coerce.number().int().min(1).max(50).default(20),
    /** E-mail (docs/operations.md): the SMTP server, smtp:// or smtps://, credentials in the URL; unset: no e-mail. */
    SMTP_URL: z
      .string()
      .refine((value) => /^smtps?:\/\//.test(value) && URL.canParse(value), 'must be an smtp:// or smtps:// URL')
      .optional(),
    /** The From of every e-mail: an address, or "Name <address>". */
    MAIL_FROM: z
      .string()
      .regex(/^(?:[^<>\r\n]*<[^<>\s@]+@[^<>\s@]+>|[^<>\s@]+@[^<>\s@]+)$/, 'must be an address or "Name <address>"')
      .default('IP Office ICT Forum <noreply@forum.invalid>'),
    /** Where members reach the forum, for links in e-mails (unsubscribe); unset: http://localhost:PORT. */
    PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    /** Signs unsubscribe links (HMAC-SHA256); unset: derived from JWT_SECRET. */
    MAIL_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    /** Retries of an e-mail the SMTP server refused or could not be reached for, before it is given up. */
    MAIL_RETRY_LIMIT: z.coerce.number().int().min(0).max(100).default(12),
    /** The first retry's delay in seconds; each further one doubles it (capped at one hour). */
    MAIL_RETRY_DELAY_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
    /** How often this instance's mail worker looks for e-mails to send. */
    MAIL_POLL_INTERVAL_MS: z.coerce.number().int().min(500).max(600_000).default(2_000),
    /** The technology radar names a product only when at least this many visible offices use it (others: 'other'). */
    RADAR_MIN_OFFICES: z.coerce.number().int().min(1).max(1000).default(2),
    /** Documents: the largest upload, in bytes; a bigger one is refused while it streams. */
    UPLOAD_MAX_BYTES: z.coerce.number().int().min(1).max(10_737_418_240).default(26_214_400),
    /** Documents: how many files one post may carry. */
    UPLOAD_MAX_FILES_PER_POST: z.coerce.number().int().min(1).max(MAX_ATTACHMENTS_PER_POST).default(10),
    /** Documents: the bytes one member's documents (attached or not) may take in all. */
    UPLOAD_MEMBER_QUOTA_BYTES: z.coerce.number().int().min(1).max(1_099_511_627_776).default(1_073_741_824),
    /** Documents in an S3-compatible bucket (MinIO, AWS ...) instead of PostgreSQL: both set, or neither. */
    S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
    S3_BUCKET: z.string().min(1).optional(),
    S3_REGION: z.string().min(1).default('us-east-1'),
    /** The bucket's credentials; unset: the AWS SDK's own chain (environment, instance role). */
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** Downloads from S3: 0 streams them through the API; more redirects to a signed URL valid that many seconds. */
    S3_SIGNED_URL_SECONDS: z.coerce.number().int().min(0).max(604_800).default(0),
    /** Where browsers reach the bucket, written into signed URLs; unset: S3_ENDPOINT. */
    S3_PUBLIC_ENDPOINT: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).optional(),
  })
  .superRefine((values, ctx) => {
    if (values.NODE_ENV === 'production' && !values.JWT_SECRET) {
      ctx.addIssue({ code: 'custom', path: ['JWT_SECRET'], message: 'is required when NODE_ENV=production' });
    }
    if (Boolean(values.S3_ENDPOINT) !== Boolean(values.S3_BUCKET)) {
      const missing = values.S3_ENDPOINT ? 'S3_BUCKET' : 'S3_ENDPOINT';
      ctx.addIssue({ code: 'custom', path: [missing], message: 'is required with S3_ENDPOINT or S3_BUCKET' });
    }
    if (values.OIDC_ISSUER && !values.OIDC_AUDIENCE) {
      ctx.addIssue({ code: 'custom', path: ['OIDC_AUDIENCE'], message: 'is required when OIDC_ISSUER is set' });
    }
  });

export type ConfigInput = z.input<typeof configSchema>;

export interface ForumConfig {
  nodeEnv: 'development' | 'production' | 'test';
  isProduction: boolean;
  port: number;
  host: string;
  dataDir: string;
  databaseUrl?: string;
  /** Redis for real time across instances (socket.io's Redis adapter); without it, PostgreSQL carries it. */
  redisUrl?: string;
  databasePoolSize: number;
  /** How long a new database connection may take before the request gets UNAVAILABLE. */
  databaseConnectTimeoutMs: number;
  /** Statements slower than this are logged as slow queries. */
  databaseSlowQueryMs: number;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  graphqlSchemaFile?: string;
  /** Whether clients may introspect the schema and get field suggestions in errors. */
  graphqlIntrospection: boolean;
  /** docs/performance.md, "Anonymous answers": 10 in production, 0 (off) otherwise unless set. */
  answerCacheSeconds: number;
  /** Express's "trust proxy" value. */
  trustProxy: boolean | number | string;
  /** Origins allowed to call the API from a browser (CORS); empty: same origin only. */
  corsOrigins: string[];
  /** Undefined outside production when JWT_SECRET is unset: identity then generates one per process. */
  jwtSecret?: string;
  adminEmail: string;
  adminPassword?: string;
  /** The sign-in throttle's limits (docs/security.md). */
  signIn: {
    windowMs: number;
    pairLimit: number;
    addressLimit: number;
    backoffAfter: number;
    backoffBaseMs: number;
    backoffMaxMs: number;
  };
  /** Set when single sign-on is configured. */
  oidc?: { issuer: string; audience: string; emailClaim: string; timeoutMs: number };
  /** Domain events: the outbox worker of this instance. */
  events: {
    worker: boolean;
    pollIntervalMs: number;
    maxAttempts: number;
    retryBaseMs: number;
    retentionDays: number;
    handlerTimeoutMs: number;
    batchSize: number;
  };
  /** E-mail (libs/platform/mail): without smtpUrl nothing is queued or sent. */
  mail: {
    /** Holds the SMTP credentials: never logged. */
    smtpUrl?: string;
    from: string;
    /** The forum's address in links, without a trailing slash. */
    publicUrl: string;
    /** The unsubscribe links' own key (MAIL_SECRET); unset: derived from jwtSecret. */
    secret?: string;
    retryLimit: number;
    retryDelaySeconds: number;
    pollIntervalMs: number;
  };
  /** Technology stacks: products used by fewer visible offices than radarMinOffices are grouped as 'other'. */
  stacks: { radarMinOffices: number };
  /** Documents: upload limits (docs/operations.md). */
  documents: {
    maxBytes: number;
    maxFilesPerPost: number;
    memberQuotaBytes: number;
    /** Set when documents are kept in an S3-compatible bucket; PostgreSQL keeps them otherwise. */
    s3?: {
      endpoint: string;
      bucket: string;
      region: string;
      accessKeyId?: string;
      secretAccessKey?: string;
      /** 0: downloads stream through the API; otherwise they redirect to a URL signed for this many seconds. */
      signedUrlSeconds: number;
      /** The endpoint signed URLs name (as browsers reach the bucket). */
      publicEndpoint: string;
    };
  };
}
