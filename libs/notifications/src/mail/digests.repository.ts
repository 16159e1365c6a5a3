import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { SNAPSHOT } from '../testing/snapshot-rows.js';
import { DEFAULT_EMAIL_FREQUENCY, EmailFrequency } from './email-frequency.js';

/** A stretch of time [from, to): one digest's period. */
export interface Period {
  from: Date;
  to: Date;
}

/** A notification as an e-mail tells it. */
export interface MailedNotificationRow {
  id: string;
  member_id: string;
  thread_id: string;
  post_id: string | null;
  reason: string;
  created_at: Date;
}

const PERIOD = { from: SNAPSHOT.at, to: new Date(SNAPSHOT.at.getTime() + 86_400_000) };
const COLUMNS = 'id, member_id, thread_id, post_id, reason, created_at';

/** What e-mail reads of notifications (digest_plan, and notification read by period or id). */
@Injectable()
export class DigestsRepository {
  /** Claims the planning of one period; false when it was planned already (by this or another instance). */
  @SqlSnapshot({ params: [EmailFrequency.DAILY, SNAPSHOT.at] })
  async claimPlan(db: EntityManager, frequency: EmailFrequency, periodStart: Date): Promise<boolean> {
    const rows = (await db.query(
      `INSERT INTO digest_plan (frequency, period_start) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING frequency`,
      [frequency, periodStart],
    )) as unknown[];
    return rows.length > 0;
  }

  /** The members with that frequency (or the default) who were notified during the period (one statement). */
  @SqlSnapshot({ params: [EmailFrequency.DAILY, PERIOD] })
  async dueMembers(db: EntityManager, frequency: EmailFrequency, period: Period): Promise<string[]> {
    const rows = (await db.query(
      `SELECT n.member_id FROM notification n LEFT JOIN email_setting s ON s.member_id = n.member_id
       WHERE n.created_at >= $2 AND n.created_at < $3 AND COALESCE(s.frequency, $4::email_frequency) = $1
       GROUP BY n.member_id`,
      [frequency, period.from, period.to, DEFAULT_EMAIL_FREQUENCY],
    )) as { member_id: string }[];
    return rows.map((row) => row.member_id);
  }

  /** One member's notifications of a period, oldest first. */
  @SqlSnapshot({ params: [SNAPSHOT.memberId, PERIOD] })
  async ofPeriod(db: EntityManager, memberId: string, period: Period): Promise<MailedNotificationRow[]> {
    return (await db.query(
      `SELECT ${COLUMNS} FROM notification
       WHERE member_id = $1 AND created_at >= $2 AND created_at < $3 ORDER BY created_at, id`,
      [memberId, period.from, period.to],
    )) as MailedNotificationRow[];
  }

  @SqlSnapshot({ params: [SNAPSHOT.notificationId] })
  async byId(db: EntityManager, id: string): Promise<MailedNotificationRow | null> {
    const [row] = (await db.query(`SELECT ${COLUMNS} FROM notification WHERE id = $1`, [
      id,
    ])) as MailedNotificationRow[];
    return row ?? null;
  }
}
