import { ConfigError, loadConfig } from './load-config.js';

const problemsOf = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems.join('\n');
    throw error;
  }
  throw new Error('the configuration was accepted');
};

describe('configuration errors never echo a secret', () => {
  it('names a JWT_SECRET that is too short without showing any of it', () => {
    const problems = problemsOf({ JWT_SECRET: 'hunter2-but-short' });
    expect(problems).toContain('JWT_SECRET');
    expect(problems).toContain('17 characters, not shown');
    expect(problems).not.toContain('hunter2');
  });

  it('names an ADMIN_PASSWORD that is too short without showing it', () => {
    const problems = problemsOf({ ADMIN_PASSWORD: 'tiny-secret' });
    expect(problems).toContain('ADMIN_PASSWORD');
    expect(problems).not.toContain('tiny-secret');
  });

  it('masks the password of a DATABASE_URL it refuses, and hides one that is no URL at all', () => {
    const wrongScheme = problemsOf({ DATABASE_URL: 'mysql://forum:s3cr3t-pw@db.example:3306/forum' });
    expect(wrongScheme).toContain('DATABASE_URL');
    expect(wrongScheme).toContain('mysql://forum:***@db.example:3306/forum');
    expect(wrongScheme).not.toContain('s3cr3t-pw');
    const notAUrl = problemsOf({ DATABASE_URL: 'host=db user=forum password=s3cr3t-pw' });
    expect(notAUrl).toContain('DATABASE_URL');
    expect(notAUrl).not.toContain('s3cr3t-pw');
  });
});

describe('TRUST_PROXY is validated at start', () => {
  it.each([['loopback, uniquelocal'], ['10.0.0.0/8'], ['10.0.0.1, 192.168.0.0/255.255.0.0'], ['fd00::/8'], ['2']])(
    'accepts %s',
    (value) => {
      expect(() => loadConfig({ TRUST_PROXY: value })).not.toThrow();
    },
  );

  it.each([['yes'], ['loopbak'], ['10.0.0.0/33'], ['300.1.1.1'], ['10.0.0.1,'], ['*']])(
    'refuses %s, naming the variable',
    (value) => {
      expect(problemsOf({ TRUST_PROXY: value })).toMatch(/^TRUST_PROXY: /);
    },
  );
});

describe('CORS_ORIGINS', () => {
  it('is empty by default (same origin only) and reads a list of origins', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://forum.example.org, http://localhost:4200/' }).corsOrigins).toEqual([
      'https://forum.example.org',
      'http://localhost:4200',
    ]);
  });

  it.each([['*'], ['forum.example.org'], ['https://forum.example.org/app'], ['ftp://files.example.org']])(
    'refuses %s, naming the variable',
    (value) => {
      expect(problemsOf({ CORS_ORIGINS: value })).toMatch(/^CORS_ORIGINS: /);
    },
  );
});
