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

describe('e-mail settings', () => {
  it('are off without SMTP_URL, with a From, links on localhost and retries by default', () => {
    expect(loadConfig({ PORT: '4000' }).mail).toEqual({
      smtpUrl: undefined,
      from: 'IP Office ICT Forum <noreply@forum.invalid>',
      publicUrl: 'http://localhost:4000',
      secret: undefined,
      retryLimit: 12,
      retryDelaySeconds: 30,
      pollIntervalMs: 2_000,
    });
  });

  it('read SMTP_URL, MAIL_FROM and PUBLIC_URL (without its trailing slash)', () => {
    const mail = loadConfig({
      SMTP_URL: 'smtps://forum:secret@smtp.example.org:465',
      MAIL_FROM: 'Forum <forum@example.org>',
      PUBLIC_URL: 'https://forum.example.org/',
    }).mail;
    expect(mail).toMatchObject({
      smtpUrl: 'smtps://forum:secret@smtp.example.org:465',
      from: 'Forum <forum@example.org>',
      publicUrl: 'https://forum.example.org',
    });
  });

  it('refuse an SMTP_URL of another scheme without showing its password', () => {
    const problems = problemsOf({ SMTP_URL: 'smtpx://forum:s3cr3t-pw@smtp.example.org' });
    expect(problems).toMatch(/^SMTP_URL: /);
    expect(problems).not.toContain('s3cr3t-pw');
  });

  it('refuse a short MAIL_SECRET without showing it, and a MAIL_FROM that is no address', () => {
    const problems = problemsOf({ MAIL_SECRET: 'short-secret' });
    expect(problems).toContain('MAIL_SECRET');
    expect(problems).not.toContain('short-secret');
    expect(problemsOf({ MAIL_FROM: 'Forum <nobody>' })).toMatch(/^MAIL_FROM: /);
  });
});
