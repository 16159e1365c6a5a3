import { randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { jwtVerify, SignJWT } from 'jose';
import type { Logger } from 'pino';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { LOGGER } from '@forum/observability';
import { Clock } from './clock.js';
import { isUuid } from './text-input.js';

export const ACCESS_TOKEN_ISSUER = 'ip-office-ict-forum';
const AUDIENCE = 'ip-office-ict-forum/api';
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;

export interface AccessClaims {
  memberId: string;
  sessionId: string;
}

/** The forum's own access tokens: HS256 JWTs naming the member and the session they belong to, valid 15 minutes. */
@Injectable()
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(
    @Inject(FORUM_CONFIG) config: ForumConfig,
    @Inject(LOGGER) logger: Logger,
    private readonly clock: Clock,
  ) {
    if (config.jwtSecret) {
      this.key = new TextEncoder().encode(config.jwtSecret);
    } else {
      // The config refuses to start production without JWT_SECRET; elsewhere a per-process key is good enough.
      this.key = randomBytes(32);
      logger.warn(
        'JWT_SECRET is not set: using a key generated for this process; access tokens end with it and are not shared between instances',
      );
    }
  }

  async issue(claims: AccessClaims): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(this.clock.now().getTime() / 1000);
    const expiresAt = issuedAt + ACCESS_TOKEN_TTL_SECONDS;
    const token = await new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
      .setSubject(claims.memberId)
      .setIssuer(ACCESS_TOKEN_ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(expiresAt)
      .sign(this.key);
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /** The claims of a valid token of ours, or null (bad signature, expired, not ours). */
  async verify(token: string): Promise<AccessClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ACCESS_TOKEN_ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: this.clock.now(),
      });
      // Signed by us yet naming no uuid (a key that leaked, a token of another build): refused like any bad token,
      // not left to fail as a cast in PostgreSQL (22P02, INTERNAL).
      if (!isUuid(payload.sub) || !isUuid(payload.sid)) return null;
      return { memberId: payload.sub, sessionId: payload.sid };
    } catch {
      return null;
    }
  }
}
