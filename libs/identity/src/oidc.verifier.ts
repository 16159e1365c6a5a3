import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Logger } from 'pino';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { LOGGER } from '@forum/observability';
import { Clock } from './clock.js';
import { hasNul } from './text-input.js';

/** After a failed discovery, tokens are refused at once for this long instead of each one waiting on the provider. */
export const DISCOVERY_RETRY_MS = 10_000;

/**
 * Verifies bearer tokens of the configured OpenID provider: its JWKS is found through discovery on first use
 * and cached (jose refetches it when a token names an unknown key, so key rotation needs no restart). Every call
 * to the provider is bounded by OIDC_TIMEOUT_MS: a hanging provider must not hold the API's requests.
 */
@Injectable()
export class OidcVerifier {
  private keys?: Promise<JWTVerifyGetKey>;
  private failedAt?: number;

  constructor(
    @Inject(FORUM_CONFIG) private readonly config: ForumConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  get issuer(): string | undefined {
    return this.config.oidc?.issuer;
  }

  /**
   * The e-mail claim of a valid token of the provider, lower-cased; null when the token is not valid, or when it
   * says that the e-mail is not verified (an `email_verified` claim that is present and not `true`): whoever could
   * set an unverified e-mail at the provider could otherwise sign in as the member with that e-mail.
   */
  async emailOf(token: string): Promise<string | null> {
    const oidc = this.config.oidc;
    if (!oidc) return null;
    try {
      const { payload } = await jwtVerify(token, await this.jwks(), {
        issuer: oidc.issuer,
        audience: oidc.audience,
        currentDate: this.clock.now(),
      });
      const email = emailFromClaims(payload, oidc.emailClaim);
      if (!email)
        this.logger.debug(
          { claim: oidc.emailClaim, emailVerified: payload.email_verified },
          'an OpenID bearer token named no verified e-mail',
        );
      return email;
    } catch (error) {
      this.logger.debug({ err: error }, 'an OpenID bearer token was refused');
      return null;
    }
  }

  private jwks(): Promise<JWTVerifyGetKey> {
    const now = Date.now();
    if (!this.keys && this.failedAt !== undefined && now - this.failedAt < DISCOVERY_RETRY_MS)
      return Promise.reject(new Error('OpenID discovery failed moments ago: not retried yet'));
    this.keys ??= this.discover().catch((error: unknown) => {
      this.keys = undefined; // try discovery again after DISCOVERY_RETRY_MS
      this.failedAt = Date.now();
      this.logger.warn({ err: error }, 'OpenID discovery failed: bearer tokens of the provider are refused for now');
      throw error;
    });
    return this.keys;
  }

  private async discover(): Promise<JWTVerifyGetKey> {
    const issuer = this.config.oidc!.issuer;
    const timeoutMs = this.config.oidc!.timeoutMs;
    const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`, {
      signal: AbortSignal.timeout(timeoutMs),
    });
    if (!response.ok) throw new Error(`OpenID discovery at ${issuer} answered ${response.status}`);
    const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
    if (!jwksUri) throw new Error(`OpenID discovery at ${issuer} gave no jwks_uri`);
    // jose refetches the JWKS at most once per cooldown, each fetch bounded by the same timeout.
    return createRemoteJWKSet(new URL(jwksUri), { timeoutDuration: timeoutMs, cooldownDuration: 30_000 });
  }
}

/**
 * The member e-mail a verified token's claims name, lower-cased, or null. Refused: a missing, empty or non-string
 * claim, one PostgreSQL cannot compare (NUL), and any token whose `email_verified` is present and not `true`
 * (false, "false", "true" ...: only the boolean the OpenID Connect specification defines counts as verified).
 */
export function emailFromClaims(claims: Record<string, unknown>, emailClaim: string): string | null {
  if ('email_verified' in claims && claims.email_verified !== true) return null;
  const value = claims[emailClaim];
  if (typeof value !== 'string' || !value.trim() || hasNul(value)) return null;
  return value.trim().toLowerCase();
}
