import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { decodeJwt } from 'jose';
import type { DataSource } from 'typeorm';
import { unauthenticated } from '@forum/graphql';
import { ACCESS_TOKEN_ISSUER, AccessTokens } from './access-tokens.js';
import { MembersRepository } from './members.repository.js';
import { OidcVerifier } from './oidc.verifier.js';
import { SessionValidity } from './session-validity.js';
import { SessionsRepository } from './sessions.repository.js';
import type { Viewer } from './viewer.js';

export interface Authenticated {
  viewer: NonNullable<Viewer>;
  /** The forum session of the token; undefined for tokens of the OpenID provider. */
  sessionId?: string;
  /** When the token ends (its `exp`): a connection it opened (socket.io) ends then too. */
  expiresAt?: Date;
}

const REFUSED =
  'Your access token is not valid (expired, revoked, or the member is deactivated): refresh or sign in again';

/**
 * Turns a bearer token into the viewer, checking the database: a deactivated member or a revoked session is refused
 * at once on this instance, within seconds on the others (SessionValidity), not when the token expires. For HTTP (the guard) and, later, socket connections.
 */
@Injectable()
export class AuthenticationService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionsRepository,
    private readonly members: MembersRepository,
    private readonly accessTokens: AccessTokens,
    private readonly oidc: OidcVerifier,
    private readonly validity: SessionValidity,
  ) {}

  /** Null without a token; UNAUTHENTICATED for a token that is not (or no longer) valid. */
  async authenticate(authorization: string | undefined): Promise<Authenticated | null> {
    if (!authorization) return null;
    const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
    if (!match) throw unauthenticated('The Authorization header must be "Bearer <token>"');
    return this.fromToken(match[1]);
  }

  async fromToken(token: string): Promise<Authenticated> {
    let issuer: string | undefined;
    let expiresAt: Date | undefined;
    try {
      // Read before the signature is checked, used only once it is (below).
      const claims = decodeJwt(token);
      issuer = claims.iss;
      expiresAt = typeof claims.exp === 'number' ? new Date(claims.exp * 1000) : undefined;
    } catch {
      throw unauthenticated(REFUSED);
    }
    if (issuer === ACCESS_TOKEN_ISSUER) {
      const claims = await this.accessTokens.verify(token);
      if (claims) {
        const row = await this.validity.access(claims, () =>
          this.sessions.activeAccess(this.dataSource.manager, claims),
        );
        if (row)
          return {
            viewer: { memberId: row.id, officeId: row.office_id, role: row.role },
            sessionId: claims.sessionId,
            expiresAt,
          };
      }
    } else if (issuer && issuer === this.oidc.issuer) {
      const email = await this.oidc.emailOf(token);
      if (email) {
        const row = await this.members.activeAccessByEmail(this.dataSource.manager, email);
        if (row) return { viewer: { memberId: row.id, officeId: row.office_id, role: row.role }, expiresAt };
      }
    }
    throw unauthenticated(REFUSED);
  }
}
