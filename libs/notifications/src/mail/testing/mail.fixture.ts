import { jest } from '@jest/globals';
import { DataSource, type EntityManager } from 'typeorm';
import { Clock } from '@forum/core';
import { createTestMember, signInForTest } from '@forum/identity';
import type { TestSmtp } from '@forum/testing';
import { startNotificationsForum, type NotificationsForum } from '../../testing/notifications.fixture.js';
import { DigestPlanner } from '../digest-planner.js';

/** A member of the e-mail tests: signed in, with its address. */
export interface Recipient {
  id: string;
  token: string;
  email: string;
}

/** An outgoing_mail row as the tests read it. */
export interface MailRow {
  id: string;
  key: string;
  kind: string;
  recipient_id: string;
  state: string;
  attempts: number;
  last_error: string | null;
  message_id: string | null;
}

export interface MailForum extends NotificationsForum {
  /** A member of the office, signed in, with e-mail settings when given (else the defaults: daily, English). */
  recipient(officeCode: string, name: string, settings?: { frequency?: string; language?: string }): Promise<Recipient>;
  /** Plans the digests as if it were `at` (the forum's Clock moved there for the call). */
  planDigests(at: Date): Promise<number>;
  /** Every notification of the test so far moved to `day` (keeping their order), e.g. 2026-01-14T10:00:00Z. */
  moveNotificationsTo(day: string, where?: { threadId: string }): Promise<void>;
  outgoing(): Promise<MailRow[]>;
  /** Waits until every queued e-mail failed `attempts` attempts at least (or is no longer pending). */
  attempted(attempts: number): Promise<MailRow[]>;
  transaction<T>(work: (tx: EntityManager) => Promise<T>): Promise<T>;
}

export const PUBLIC_URL = 'https://forum.example.org';
export const MAIL_ENV = (smtp: TestSmtp): Record<string, string> => ({
  SMTP_URL: smtp.url,
  MAIL_FROM: 'IP Office ICT Forum <forum@example.org>',
  PUBLIC_URL,
  MAIL_SECRET: 'a-mail-secret-of-the-tests-that-is-long-enough',
  MAIL_POLL_INTERVAL_MS: '500',
  MAIL_RETRY_DELAY_SECONDS: '1',
});

let sequence = 0;

/** The notifications forum with e-mail on, sending to the test's SMTP server. */
export async function startMailForum(smtp: TestSmtp): Promise<MailForum> {
  const forum = await startNotificationsForum(MAIL_ENV(smtp));
  const { app, db } = forum.api;
  const dataSource = app.get(DataSource);
  const rows = () =>
    db.query<MailRow>(
      `SELECT id, key, kind, recipient_id, state, attempts, last_error, message_id FROM outgoing_mail ORDER BY created_at`,
    );
  return Object.assign(forum, {
    async recipient(officeCode: string, name: string, settings?: { frequency?: string; language?: string }) {
      sequence += 1;
      const email = `${name.toLowerCase().replace(/\W+/g, '.')}.${sequence}@${officeCode.toLowerCase()}.example.org`;
      const member = await createTestMember(dataSource, { officeCode, displayName: name, email });
      const token = await signInForTest(forum.api.client, member.email, member.password);
      if (settings)
        await forum.gql(
          token,
          'mutation($input: EmailSettingsInput!) { setEmailSettings(input: $input) { frequency } }',
          {
            input: settings,
          },
        );
      return { id: member.id, token, email: member.email };
    },
    async planDigests(at: Date) {
      await forum.settled();
      const now = jest.spyOn(app.get(Clock), 'now').mockReturnValue(at);
      try {
        return await app.get(DigestPlanner).planDue();
      } finally {
        now.mockRestore();
      }
    },
    async moveNotificationsTo(day: string, where?: { threadId: string }) {
      await forum.settled();
      await db.query(
        `UPDATE notification SET created_at = $1::timestamptz
           + (created_at - (SELECT min(created_at) FROM notification WHERE $2::uuid IS NULL OR thread_id = $2))
         WHERE $2::uuid IS NULL OR thread_id = $2`,
        [day, where?.threadId ?? null],
      );
    },
    outgoing: rows,
    async attempted(attempts: number) {
      const deadline = Date.now() + 20_000;
      for (;;) {
        const mails = await rows();
        const tried = (mail: MailRow) => mail.attempts >= attempts && mail.last_error !== null;
        if (mails.every((mail) => mail.state !== 'PENDING' || tried(mail))) return mails;
        if (Date.now() > deadline) throw new Error(`E-mails not attempted ${attempts} times: ${JSON.stringify(mails)}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    },
    transaction: <T>(work: (tx: EntityManager) => Promise<T>) => dataSource.transaction(work),
  });
}
