import { ConfigError, loadConfig } from './load-config.js';

describe('loadConfig', () => {
  it('applies the defaults to an empty environment', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir.endsWith('.data')).toBe(true);
    expect(config.logLevel).toBe('info');
    expect(config.isProduction).toBe(false);
  });

  it('treats empty strings as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: '' }).port).toBe(3000);
  });

  it.each([['abc'], ['70000'], ['-1'], ['3.5']])('rejects PORT=%s and names the variable', (value) => {
    expect(() => loadConfig({ PORT: value })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: value })).toThrow(/PORT/);
  });

  it('rejects a DATABASE_URL that is not a postgres URL', () => {
    expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });

  it('rejects an unknown LOG_LEVEL and NODE_ENV, naming each', () => {
    let error: unknown;
    try {
      loadConfig({ LOG_LEVEL: 'loud', NODE_ENV: 'staging' });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems.join('\n')).toMatch(/LOG_LEVEL[\s\S]*NODE_ENV|NODE_ENV[\s\S]*LOG_LEVEL/);
  });

  it('accepts a postgres URL and a port', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u@127.0.0.1:5432/test',
      PORT: '8080',
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
    });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u@127.0.0.1:5432/test', port: 8080, isProduction: true });
  });

  it('requires JWT_SECRET in production only, and rejects a short one', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET: is required when NODE_ENV=production/);
    expect(loadConfig({ NODE_ENV: 'development' }).jwtSecret).toBeUndefined();
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/JWT_SECRET/);
  });

  it('reads the first administrator and single sign-on, naming a bad variable', () => {
    expect(loadConfig({}).adminEmail).toBe('admin@forum.invalid');
    expect(() => loadConfig({ ADMIN_EMAIL: 'nope' })).toThrow(/ADMIN_EMAIL/);
    expect(() => loadConfig({ ADMIN_PASSWORD: 'short' })).toThrow(/ADMIN_PASSWORD/);
    expect(() => loadConfig({ OIDC_ISSUER: 'not a url', OIDC_AUDIENCE: 'api' })).toThrow(/OIDC_ISSUER/);
    expect(() => loadConfig({ OIDC_ISSUER: 'https://login.example.org' })).toThrow(/OIDC_AUDIENCE/);
    expect(loadConfig({ OIDC_ISSUER: 'https://login.example.org', OIDC_AUDIENCE: 'forum' }).oidc).toEqual({
      issuer: 'https://login.example.org',
      audience: 'forum',
      emailClaim: 'email',
      timeoutMs: 5_000,
    });
    expect(loadConfig({}).oidc).toBeUndefined();
  });

  it('documents: upload limits with defaults, and S3 only with both its endpoint and its bucket', () => {
    expect(loadConfig({}).documents).toEqual({
      maxBytes: 26_214_400,
      maxFilesPerPost: 10,
      memberQuotaBytes: 1_073_741_824,
      s3: undefined,
    });
    expect(() => loadConfig({ UPLOAD_MAX_FILES_PER_POST: '21' })).toThrow(/UPLOAD_MAX_FILES_PER_POST/);
    expect(() => loadConfig({ S3_ENDPOINT: 'http://minio:9000' })).toThrow(/S3_BUCKET/);
    expect(() => loadConfig({ S3_BUCKET: 'files' })).toThrow(/S3_ENDPOINT/);
    expect(loadConfig({ S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'files' }).documents.s3).toEqual({
      endpoint: 'http://minio:9000',
      bucket: 'files',
      region: 'us-east-1',
      accessKeyId: undefined,
      secretAccessKey: undefined,
      signedUrlSeconds: 0,
      publicEndpoint: 'http://minio:9000',
    });
  });

  it('documents: S3 downloads redirect to signed URLs for S3_SIGNED_URL_SECONDS, naming S3_PUBLIC_ENDPOINT', () => {
    const s3 = { S3_ENDPOINT: 'http://minio:9000', S3_BUCKET: 'files' };
    const signed = loadConfig({ ...s3, S3_SIGNED_URL_SECONDS: '60', S3_PUBLIC_ENDPOINT: 'https://files.example' });
    expect(signed.documents.s3).toMatchObject({ signedUrlSeconds: 60, publicEndpoint: 'https://files.example' });
    expect(() => loadConfig({ ...s3, S3_SIGNED_URL_SECONDS: '604801' })).toThrow(/S3_SIGNED_URL_SECONDS/);
    expect(() => loadConfig({ ...s3, S3_PUBLIC_ENDPOINT: 'ftp://files.example' })).toThrow(/S3_PUBLIC_ENDPOINT/);
  });

  it('turns introspection off in production unless GRAPHQL_INTROSPECTION=true', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig({}).graphqlIntrospection).toBe(true);
    expect(loadConfig({ GRAPHQL_INTROSPECTION: 'false' }).graphqlIntrospection).toBe(false);
    expect(loadConfig(production).graphqlIntrospection).toBe(false);
    expect(loadConfig({ ...production, GRAPHQL_INTROSPECTION: 'true' }).graphqlIntrospection).toBe(true);
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'yes' })).toThrow(/GRAPHQL_INTROSPECTION/);
  });

  it('reads the event worker settings, with defaults', () => {
    expect(loadConfig({}).events).toEqual({
      worker: true,
      pollIntervalMs: 5_000,
      maxAttempts: 8,
      retryBaseMs: 1_000,
      retentionDays: 7,
      handlerTimeoutMs: 120_000,
      batchSize: 20,
    });
    expect(loadConfig({ EVENTS_WORKER: 'false', EVENTS_MAX_ATTEMPTS: '3' }).events).toMatchObject({
      worker: false,
      maxAttempts: 3,
    });
    expect(() => loadConfig({ EVENTS_WORKER: 'no' })).toThrow(/EVENTS_WORKER/);
    expect(() => loadConfig({ EVENTS_POLL_INTERVAL_MS: '0' })).toThrow(/EVENTS_POLL_INTERVAL_MS/);
    expect(loadConfig({ EVENTS_BATCH_SIZE: '1' }).events.batchSize).toBe(1);
    expect(() => loadConfig({ EVENTS_BATCH_SIZE: '0' })).toThrow(/EVENTS_BATCH_SIZE/);
  });

  it('reads TRUST_PROXY as Express takes it', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'true' }).trustProxy).toBe(true);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: 'loopback, uniquelocal' }).trustProxy).toBe('loopback, uniquelocal');
  });

  it('reads the slow-query threshold of the database log, naming a bad value', () => {
    expect(loadConfig({}).databaseSlowQueryMs).toBe(500);
    expect(loadConfig({ DATABASE_SLOW_QUERY_MS: '250' }).databaseSlowQueryMs).toBe(250);
    expect(loadConfig({}).databaseConnectTimeoutMs).toBe(5_000);
    expect(loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: '30000' }).databaseConnectTimeoutMs).toBe(30_000);
    expect(() => loadConfig({ DATABASE_CONNECT_TIMEOUT_MS: 'soon' })).toThrow(/DATABASE_CONNECT_TIMEOUT_MS/);
    for (const value of ['0', 'fast', '1.5'])
      expect(() => loadConfig({ DATABASE_SLOW_QUERY_MS: value })).toThrow(/DATABASE_SLOW_QUERY_MS/);
  });
});
