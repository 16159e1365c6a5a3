import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SqlSnapshot } from '@forum/database';
import { SNAPSHOT, snapshotThread } from '../testing/snapshot-rows.js';
import { DEFAULT_EMAIL_FREQUENCY, EmailFrequency } from './email-frequency.js';

/** A member's e-mail choices, the defaults where it made none. */
export interface EmailSettingRow {
  frequency: EmailFrequency;
  language: string;
}

/** Every statement on email_setting. */
@Injectable()
export class EmailSettingsRepository {
  @SqlSnapshot({ params: [SNAPSHOT.memberId] })
  async of(db: EntityManager, memberId: string): Promise<EmailSettingRow> {
    const [row] = (await db.query(`SELECT frequency, language FROM email_setting WHERE member_id = $1`, [
      memberId,
    ])) as EmailSettingRow[];
    return row ?? { frequency: DEFAULT_EMAIL_FREQUENCY, language: 'EN' };
  }

  /** Changes what is given, keeps the rest (or the defaults). */
  @SqlSnapshot({
    params: async (db) => [(await snapshotThread(db)).memberId, { frequency: EmailFrequency.WEEKLY, language: null }],
  })
  async save(
    db: EntityManager,
    memberId: string,
    change: { frequency: EmailFrequency | null; language: string | null },
  ): Promise<EmailSettingRow> {
    const [row] = (await db.query(
      `INSERT INTO email_setting (member_id, frequency, language)
       VALUES ($1, COALESCE($2::email_frequency, $4::email_frequency), COALESCE($3, 'EN'))
       ON CONFLICT (member_id) DO UPDATE SET
         frequency = COALESCE($2::email_frequency, email_setting.frequency),
         language = COALESCE($3, email_setting.language),
         updated_at = now()
       RETURNING frequency, language`,
      [memberId, change.frequency, change.language, DEFAULT_EMAIL_FREQUENCY],
    )) as EmailSettingRow[];
    return row;
  }

  /**
   * One-click unsubscribe from e-mail of one frequency: NONE, only if the member still has that frequency (an old
   * link does not undo a later choice). Returns whether it changed anything.
   */
  @SqlSnapshot({ params: async (db) => [(await snapshotThread(db)).memberId, EmailFrequency.DAILY] })
  async stopIfStill(db: EntityManager, memberId: string, frequency: EmailFrequency): Promise<boolean> {
    const rows = (await db.query(
      `INSERT INTO email_setting (member_id, frequency)
       SELECT $1, 'NONE'
       WHERE $2::email_frequency = $3::email_frequency OR EXISTS (SELECT 1 FROM email_setting WHERE member_id = $1)
       ON CONFLICT (member_id) DO UPDATE SET frequency = 'NONE', updated_at = now()
         WHERE email_setting.frequency = $2::email_frequency
       RETURNING member_id`,
      [memberId, frequency, DEFAULT_EMAIL_FREQUENCY],
    )) as unknown[];
    return rows.length > 0;
  }

  /** Which of these members want an e-mail per notification (one statement). */
  @SqlSnapshot({ params: [[SNAPSHOT.memberId]] })
  async immediateAmong(db: EntityManager, memberIds: readonly string[]): Promise<string[]> {
    const rows = (await db.query(
      `SELECT member_id FROM email_setting WHERE member_id = ANY($1::uuid[]) AND frequency = 'IMMEDIATE'`,
      [[...memberIds]],
    )) as { member_id: string }[];
    return rows.map((row) => row.member_id);
  }
}
