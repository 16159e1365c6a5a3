import { createHmac } from 'node:crypto';
import pino from 'pino';
import { loadConfig } from '@forum/config';
import { describeMailFailure } from './mail-transport.js';
import { SignedLinks } from './signed-links.js';

const silent = pino({ level: 'silent' });
const links = (env: Record<string, string>) => new SignedLinks(loadConfig(env), silent);
const MEMBER = '0b6f6d5e-8f1e-4c55-9a57-3f4f0d1b2c3d';
const OTHER = '7c1d2e3f-4a5b-4c6d-8e9f-a0b1c2d3e4f5';

describe('signed links', () => {
  const mail = links({ MAIL_SECRET: 'one-mail-secret-that-is-long-enough-for-it' });

  it('gives back the fields of a token it made, for the purpose it was made for only', () => {
    const token = mail.sign('unsubscribe', ['s', MEMBER, OTHER]);
    expect(mail.verify('unsubscribe', token, 3)).toEqual(['s', MEMBER, OTHER]);
    expect(mail.verify('something-else', token, 3)).toBeNull();
    expect(mail.verify('unsubscribe', token, 2)).toBeNull();
  });

  it('refuses a token whose fields were changed (another member) while keeping the MAC', () => {
    const token = mail.sign('unsubscribe', ['s', MEMBER, OTHER]);
    const [, mac] = token.split('.');
    const body = Buffer.from(['v1', 's', OTHER, OTHER].join('.')).toString('base64url');
    expect(mail.verify('unsubscribe', `${body}.${mac}`, 3)).toBeNull();
  });

  it('refuses any change of the MAC, even of the spare bits of its last character', () => {
    const token = mail.sign('unsubscribe', ['e', MEMBER, 'DAILY']);
    const last = token.at(-1)!;
    for (const other of ['A', 'B', 'C', 'D', 'g', 'h', '0', '1', '-', '_'].filter((c) => c !== last))
      expect(mail.verify('unsubscribe', `${token.slice(0, -1)}${other}`, 3)).toBeNull();
    expect(mail.verify('unsubscribe', `${token}.x`, 3)).toBeNull();
    expect(mail.verify('unsubscribe', '', 3)).toBeNull();
  });

  it('refuses a token made with another key: MAIL_SECRET, or the one derived from JWT_SECRET', () => {
    const token = mail.sign('unsubscribe', ['e', MEMBER, 'DAILY']);
    const derived = links({ JWT_SECRET: 'a-jwt-secret-that-is-long-enough-for-the-api' });
    expect(derived.verify('unsubscribe', token, 3)).toBeNull();
    expect(derived.verify('unsubscribe', derived.sign('unsubscribe', ['e', MEMBER, 'DAILY']), 3)).toEqual([
      'e',
      MEMBER,
      'DAILY',
    ]);
    // Not the JWT key itself: a token MACed with JWT_SECRET is refused.
    const body = Buffer.from(['v1', 'e', MEMBER, 'DAILY'].join('.')).toString('base64url');
    const withJwtKey = createHmac('sha256', 'a-jwt-secret-that-is-long-enough-for-the-api')
      .update(`v1\nunsubscribe\n${body}`)
      .digest('base64url');
    expect(derived.verify('unsubscribe', `${body}.${withJwtKey}`, 3)).toBeNull();
  });

  it('makes absolute links on PUBLIC_URL', () => {
    expect(links({ PUBLIC_URL: 'https://forum.example.org/' }).url('/api/x')).toBe('https://forum.example.org/api/x');
    expect(links({ PORT: '4000' }).url('/api/x')).toBe('http://localhost:4000/api/x');
  });
});

describe('failures of the SMTP server as they are stored and logged', () => {
  it('never show the credentials of SMTP_URL', () => {
    const url = 'smtp://forum-user:p%40ss-w0rd!@smtp.example.org:587';
    const error = new Error('Invalid login: 535 5.7.8 forum-user p@ss-w0rd! rejected (smtp://forum-user:p@ss@host)');
    const shown = describeMailFailure(error, url);
    expect(shown).not.toContain('p@ss-w0rd!');
    expect(shown).not.toContain('forum-user');
    expect(shown).toContain('Invalid login: 535');
  });
});

describe('sealed secrets', () => {
  const mail = links({ MAIL_SECRET: 'one-mail-secret-that-is-long-enough-for-it' });

  it('open with the same key only, and never when changed', () => {
    const sealed = mail.seal('invitation-token-123');
    expect(sealed).not.toContain('invitation-token-123');
    expect(mail.open(sealed)).toBe('invitation-token-123');
    expect(links({ MAIL_SECRET: 'another-mail-secret-that-is-long-enough' }).open(sealed)).toBeNull();
    const [iv, tag, body] = sealed.split('.');
    expect(mail.open([iv, tag, `${body.slice(0, -2)}AA`].join('.'))).toBeNull();
    expect(mail.open('nonsense')).toBeNull();
  });
});
