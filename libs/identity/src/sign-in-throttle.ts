import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { rateLimited } from '@forum/graphql';
import { AuditKind } from './audit-event.entity.js';
import { Clock } from './clock.js';

export const SIGN_IN_FAILURE_LIMIT = 10;
export const SIGN_IN_WINDOW_MS = 15 * 60 * 1000;

/**
 * Refuses sign-ins once 10 failures were recorded for the e-mail, or from the IP address, within 15 minutes.
 * The failures are the audit log's SIGN_IN_FAILED entries, so every API instance counts the same ones.
 */
@Injectable()
export class SignInThrottle {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async assertAllowed(email: string, ip: string | null): Promise<void> {
    const since = new Date(this.clock.now().getTime() - SIGN_IN_WINDOW_MS);
    const [counts] = (await this.dataSource.query(
      `SELECT count(*) FILTER (WHERE email = $2)::int AS by_email, count(*) FILTER (WHERE ip = $3)::int AS by_ip
       FROM audit_event WHERE kind = $1 AND at > $4 AND (email = $2 OR ip = $3)`,
      [AuditKind.SIGN_IN_FAILED, email, ip, since],
    )) as { by_email: number; by_ip: number }[];
    if (counts.by_email >= SIGN_IN_FAILURE_LIMIT || counts.by_ip >= SIGN_IN_FAILURE_LIMIT) {
      throw rateLimited('Too many failed sign-ins: try again in 15 minutes');
    }
  }
}
