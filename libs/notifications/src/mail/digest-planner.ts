import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { Clock } from '@forum/core';
import { MailQueue } from '@forum/mail';
import { DIGEST_MAIL, type DigestPayload } from './digest.composer.js';
import { digestKey, lastPeriod } from './digest-period.js';
import { DigestsRepository } from './digests.repository.js';
import { EmailFrequency } from './email-frequency.js';

// A notification is stamped with its delivery transaction's start: one that began before midnight and commits just
// after is still in yesterday. Planning waits this long after a period ends, so such late ones are in it.
const GRACE_MS = 5 * 60_000;

/**
 * Queues the digests of the last whole day and week, once per period (digest_plan), for every member with that
 * frequency who was notified during it: one statement to find them, one to queue them all. Run every 15 minutes by
 * the mail queue's schedule, on one instance; what the digests say is decided when each is sent.
 */
@Injectable()
export class DigestPlanner {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly digests: DigestsRepository,
    private readonly mail: MailQueue,
    private readonly clock: Clock,
  ) {}

  /** How many digests it queued (0 when e-mail is off, or the periods were planned already). */
  async planDue(): Promise<number> {
    if (!this.mail.enabled) return 0;
    const now = this.clock.now();
    let queued = 0;
    for (const frequency of [EmailFrequency.DAILY, EmailFrequency.WEEKLY]) {
      const period = lastPeriod(frequency, now);
      if (!period || now.getTime() - period.to.getTime() < GRACE_MS) continue;
      queued += await this.dataSource.transaction(async (tx) => {
        if (!(await this.digests.claimPlan(tx, frequency, period.from))) return 0;
        const members = await this.digests.dueMembers(tx, frequency, period);
        const payload: DigestPayload = { frequency, from: period.from.toISOString(), to: period.to.toISOString() };
        return this.mail.enqueue(
          tx,
          members.map((memberId) => ({
            key: digestKey(frequency, memberId, period),
            kind: DIGEST_MAIL,
            recipientId: memberId,
            payload: { ...payload },
          })),
        );
      });
    }
    return queued;
  }
}
