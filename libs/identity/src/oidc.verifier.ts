import { Inject, Injectable } from '@nestjs/common';
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Logger } from 'pino';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { LOGGER } from '@forum/observability';
import { Clock } from './clock.js';

/**
 * Verifies bearer tokens of the configured OpenID provider: its JWKS is found through discovery on first use
 * and cached (jose refetches it when a token names an unknown key, so key rotation needs no restart).
 */
@Injectable()
export class OidcVerifier {
  private keys?: Promise<JWTVerifyGetKey>;

  constructor(
    @Inject(FORUM_CONFIG) private readonly config: ForumConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly clock: Clock,
  ) {}

  get issuer(): string | undefined {
    return this.config.oidc?.issuer;
  }

  /** The e-mail claim of a valid token of the provider, lower-cased; null when the token is not valid. */
  async emailOf(token: string): Promise<string | null> {
    const oidc = this.config.oidc;
    if (!oidc) return null;
    try {
      const { payload } = await jwtVerify(token, await this.jwks(), {
        issuer: oidc.issuer,
        audience: oidc.audience,
        currentDate: this.clock.now(),
      });
      const claim = payload[oidc.emailClaim];
      return typeof claim === 'string' && claim ? claim.toLowerCase() : null;
    } catch (error) {
      this.logger.debug({ err: error }, 'an OpenID bearer token was refused');
      return null;
    }
  }

  private jwks(): Promise<JWTVerifyGetKey> {
    this.keys ??= this.discover().catch((error: unknown) => {
      this.keys = undefined; // try discovery again with the next token
      throw error;
    });
    return this.keys;
  }

  private async discover(): Promise<JWTVerifyGetKey> {
    const issuer = this.config.oidc!.issuer;
    const response = await fetch(`${issuer.replace(/\/$/, '')}/.well-known/openid-configuration`);
    if (!response.ok) throw new Error(`OpenID discovery at ${issuer} answered ${response.status}`);
    const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: string };
    if (!jwksUri) throw new Error(`OpenID discovery at ${issuer} gave no jwks_uri`);
    return createRemoteJWKSet(new URL(jwksUri));
  }
}
