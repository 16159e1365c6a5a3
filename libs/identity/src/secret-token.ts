import { createHash, randomBytes } from 'node:crypto';

/** A bearer secret (refresh or invitation token): 256 random bits, URL-safe. */
export const newSecretToken = (): string => randomBytes(32).toString('base64url');

/** What is stored of a secret token. A fast hash suffices: the token has 256 bits of entropy, unlike a password. */
export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export const normalizeEmail = (email: string): string => email.trim().toLowerCase();

// Deliberately loose: one @, no spaces, a dot in the domain. Delivery proves the rest.
export const looksLikeEmail = (email: string): boolean =>
  /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) && email.length <= 254;
