import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Logger } from 'pino';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { LOGGER } from '@forum/observability';

const VERSION = 'v1';

/**
 * Links in e-mails that act without signing in (one-click unsubscribe): the token is the link's fields, in the clear
 * (ids only), and an HMAC-SHA256 over them and the link's purpose. Changing any field (another member, another
 * subscription) or the purpose breaks the MAC; without the key no token can be made. The key is MAIL_SECRET, or one
 * derived from JWT_SECRET (HKDF, so the two are never the same key), or, in a test app without either, one made for
 * the process. See docs/security.md, "Unsubscribe links".
 */
@Injectable()
export class SignedLinks {
  private readonly key: Buffer;
  readonly publicUrl: string;

  constructor(@Inject(FORUM_CONFIG) config: ForumConfig, @Inject(LOGGER) logger: Logger) {
    this.publicUrl = config.mail.publicUrl;
    if (config.mail.secret) this.key = Buffer.from(config.mail.secret, 'utf8');
    else if (config.jwtSecret)
      this.key = Buffer.from(hkdfSync('sha256', config.jwtSecret, 'ip-office-ict-forum', 'mail-links', 32));
    else {
      this.key = randomBytes(32);
      if (config.mail.smtpUrl)
        logger.warn('Neither MAIL_SECRET nor JWT_SECRET is set: unsubscribe links work only until this process ends');
    }
  }

  /** A token for `fields` (short strings without '.'), good for `purpose` only. */
  sign(purpose: string, fields: readonly string[]): string {
    for (const field of fields)
      if (field.includes('.') || field.length === 0 || field.length > 64) throw new Error(`Bad link field "${field}"`);
    const body = Buffer.from([VERSION, ...fields].join('.'), 'utf8').toString('base64url');
    return `${body}.${this.mac(purpose, body).toString('base64url')}`;
  }

  /** The fields of a token made by `sign(purpose, ...)` with this key; null for anything else. */
  verify(purpose: string, token: string, fieldCount: number): string[] | null {
    if (typeof token !== 'string' || token.length > 512) return null;
    const [body, mac, ...rest] = token.split('.');
    if (!body || !mac || rest.length > 0) return null;
    // Compared as text: base64url decoding forgives the spare bits of the last character, a comparison of text does not.
    const given = Buffer.from(mac, 'utf8');
    const expected = Buffer.from(this.mac(purpose, body).toString('base64url'), 'utf8');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const [version, ...fields] = Buffer.from(body, 'base64url').toString('utf8').split('.');
    return version === VERSION && fields.length === fieldCount ? fields : null;
  }

  /**
   * A secret (an invitation's token) as a queued e-mail may keep it until it is sent: AES-256-GCM under a key derived
   * from the links' key, so that reading the database is not enough to use it. Null from `open` for anything else.
   */
  seal(secret: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.sealKey(), iv);
    const sealed = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
    return [iv, cipher.getAuthTag(), sealed].map((part) => part.toString('base64url')).join('.');
  }

  open(sealed: string): string | null {
    const [iv, tag, body] = String(sealed)
      .split('.')
      .map((part) => Buffer.from(part, 'base64url'));
    if (!iv || !tag || !body || iv.length !== 12 || tag.length !== 16) return null;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.sealKey(), iv);
      decipher.setAuthTag(tag);
      return Buffer.concat([decipher.update(body), decipher.final()]).toString('utf8');
    } catch {
      return null;
    }
  }

  /** An absolute URL on the forum (PUBLIC_URL) for a path starting with '/'. */
  url(path: string): string {
    return `${this.publicUrl}${path}`;
  }

  private sealKey(): Buffer {
    return Buffer.from(hkdfSync('sha256', this.key, 'ip-office-ict-forum', 'mail-seal', 32));
  }

  private mac(purpose: string, body: string): Buffer {
    return createHmac('sha256', this.key).update(`${VERSION}\n${purpose}\n${body}`).digest();
  }
}
