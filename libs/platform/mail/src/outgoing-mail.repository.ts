import { Injectable } from '@nestjs/common';
import type { Db } from 'pg-boss';
import type { EntityManager } from 'typeorm';

/** An e-mail to make: what it is about (`key`, unique), whose composer writes it, for whom, with which ids. */
export interface MailRequest {
  key: string;
  kind: string;
  recipientId: string | null;
  payload: Record<string, unknown>;
}

/** An e-mail as its composer gets it, claimed for one attempt. */
export interface OutgoingMail {
  id: string;
  key: string;
  kind: string;
  recipientId: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  createdAt: Date;
}

interface OutgoingMailRow {
  id: string;
  key: string;
  kind: string;
  recipient_id: string | null;
  payload: Record<string, unknown>;
  attempts: number;
  created_at: Date;
}

/** Every statement on outgoing_mail. */
@Injectable()
export class OutgoingMailRepository {
  /** One statement for all; a key already there makes nothing (asked twice, sent once). Returns the new ids. */
  async insertMany(db: EntityManager, mails: readonly MailRequest[]): Promise<string[]> {
    const rows = (await db.query(
      `INSERT INTO outgoing_mail (key, kind, recipient_id, payload)
       SELECT m.key, m.kind, m.recipient_id, m.payload
       FROM unnest($1::text[], $2::text[], $3::uuid[], $4::jsonb[]) AS m(key, kind, recipient_id, payload)
       ON CONFLICT (key) DO NOTHING
       RETURNING id`,
      [
        mails.map((mail) => mail.key),
        mails.map((mail) => mail.kind),
        mails.map((mail) => mail.recipientId),
        mails.map((mail) => JSON.stringify(mail.payload)),
      ],
    )) as { id: string }[];
    return rows.map((row) => row.id);
  }

  /** Counts an attempt at a PENDING e-mail and returns it; null when it was sent, skipped or given up already. */
  async claim(db: EntityManager, id: string): Promise<OutgoingMail | null> {
    const [rows] = (await db.query(
      `UPDATE outgoing_mail SET attempts = attempts + 1 WHERE id = $1 AND state = 'PENDING'
       RETURNING id, key, kind, recipient_id, payload, attempts, created_at`,
      [id],
    )) as [OutgoingMailRow[], number];
    const row = rows[0];
    return row
      ? {
          id: row.id,
          key: row.key,
          kind: row.kind,
          recipientId: row.recipient_id,
          payload: row.payload,
          attempts: row.attempts,
          createdAt: row.created_at,
        }
      : null;
  }

  async markSent(db: EntityManager, id: string, messageId: string): Promise<void> {
    await db.query(
      `UPDATE outgoing_mail SET state = 'SENT', message_id = $2, sent_at = now(), last_error = NULL WHERE id = $1`,
      [id, messageId],
    );
  }

  /** Nothing to say any more (the member may no longer see it, chose no e-mail, was deactivated ...). */
  async markSkipped(db: EntityManager, id: string, why: string): Promise<void> {
    await db.query(`UPDATE outgoing_mail SET state = 'SKIPPED', last_error = $2 WHERE id = $1`, [id, why]);
  }

  /** A failed attempt; `final` when no retry follows (the e-mail is then FAILED). */
  async recordFailure(db: EntityManager, id: string, error: string, { final }: { final: boolean }): Promise<void> {
    await db.query(
      `UPDATE outgoing_mail SET last_error = $2, state = CASE WHEN $3 THEN 'FAILED' ELSE state END WHERE id = $1`,
      [id, error, final],
    );
  }

  /** FAILED e-mails back to PENDING; returns their ids. */
  async requeueFailed(db: EntityManager): Promise<string[]> {
    const [rows] = (await db.query(
      `UPDATE outgoing_mail SET state = 'PENDING' WHERE state = 'FAILED' RETURNING id`,
    )) as [{ id: string }[], number];
    return rows.map((row) => row.id);
  }

  /**
   * pg-boss's statements inside the caller's transaction: a job is queued if and only if its e-mail row commits.
   * (TypeORM answers UPDATE and DELETE with [rows, count]; the structured result has the rows for every command.)
   */
  jobsIn(tx: EntityManager): Db {
    const runner = tx.queryRunner;
    if (!runner?.isTransactionActive) throw new Error('E-mails are queued inside a transaction');
    return {
      executeSql: async (text: string, values?: unknown[]) => ({
        rows: ((await runner.query(text, values, true)) as { records: unknown[] }).records ?? [],
      }),
    };
  }
}
