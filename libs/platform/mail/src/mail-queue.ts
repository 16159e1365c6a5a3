import { Inject, Injectable, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { JobResult, JobWithMetadata, PgBoss } from 'pg-boss';
import type { Logger } from 'pino';
import type { DataSource, EntityManager } from 'typeorm';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { LOGGER } from '@forum/observability';
import { MailComposers } from './mail-composers.js';
import { describeMailFailure, MailTransport } from './mail-transport.js';
import { OutgoingMailRepository, type MailRequest } from './outgoing-mail.repository.js';

/** The pg-boss queue of e-mails to send; a job's id is its e-mail's id, its data that id only. */
export const MAIL_QUEUE = 'forum-mail';
const MAX_RETRY_DELAY_SECONDS = 3_600;
// An attempt that holds its job longer is presumed dead and retried: well above the transport's timeouts.
const EXPIRE_SECONDS = 300;
const START_TIMEOUT_MS = 30_000;
const BATCH_SIZE = 10;

interface Periodic {
  name: string;
  cron: string;
  run: () => Promise<void>;
}

/**
 * E-mails as jobs of a PostgreSQL-backed queue (pg-boss, in its own schema `pgboss` of the forum's database). An
 * e-mail is queued in the transaction of what caused it; any instance's worker sends it, retrying with exponential
 * backoff while the SMTP server is down or refuses it, so posting never waits for SMTP and nothing is lost. Without
 * SMTP_URL e-mail is off: nothing is queued or sent, and the log says so once at start. See docs/notifications.md.
 */
@Injectable()
export class MailQueue implements OnApplicationBootstrap, OnModuleDestroy {
  readonly enabled: boolean;
  private boss?: PgBoss;
  private readonly periodic: Periodic[] = [];
  private readonly started: Promise<PgBoss>;
  private markStarted!: (boss: PgBoss) => void;

  constructor(
    @Inject(FORUM_CONFIG) private readonly config: ForumConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly outgoing: OutgoingMailRepository,
    private readonly composers: MailComposers,
    private readonly transport: MailTransport,
  ) {
    this.enabled = Boolean(config.mail.smtpUrl);
    this.started = new Promise((resolve) => (this.markStarted = resolve));
    this.started.catch(() => undefined);
    // A warning where members expect e-mail (production); elsewhere the usual state of a laptop or a test.
    if (!config.mail.smtpUrl)
      logger[config.isProduction ? 'warn' : 'info']('SMTP_URL is not set: e-mail is off (nothing is queued or sent)');
    else {
      const smtp = new URL(config.mail.smtpUrl);
      logger.info({ smtp: `${smtp.protocol}//${smtp.host}`, from: config.mail.from }, 'e-mail is on');
    }
  }

  /**
   * Queues e-mails in the caller's transaction: each row and its job commit with it, or neither does. A key queued
   * before makes nothing. Returns how many were queued (0 when e-mail is off).
   */
  async enqueue(tx: EntityManager, mails: readonly MailRequest[]): Promise<number> {
    if (!this.enabled || mails.length === 0) return 0;
    const ids = await this.outgoing.insertMany(tx, mails);
    if (ids.length === 0) return 0;
    const boss = await this.ready();
    await boss.insert(
      MAIL_QUEUE,
      ids.map((id) => ({ id, data: { mailId: id }, ...this.retries() })),
      { db: this.outgoing.jobsIn(tx) },
    );
    return ids.length;
  }

  /** Runs `run` on one instance per occurrence of `cron` (UTC), while e-mail is on. Call before the app starts. */
  every(name: string, cron: string, run: () => Promise<void>): void {
    this.periodic.push({ name, cron, run });
  }

  /** One attempt at one e-mail (what the queue's worker runs; tests may call it). Throws to have it retried. */
  async attempt(mailId: string, { final }: { final: boolean }): Promise<void> {
    const db = this.dataSource.manager;
    // Sent, skipped or given up already: an attempt after a crash that followed the record of the send.
    const mail = await this.outgoing.claim(db, mailId);
    if (!mail) return;
    let failure: string | undefined;
    try {
      const composed = await this.composers.of(mail.kind)(mail);
      if (!composed) return await this.outgoing.markSkipped(db, mail.id, 'nothing to say any more');
      const messageId = await this.transport.send(mail.id, composed);
      await this.outgoing.markSent(db, mail.id, messageId);
    } catch (error) {
      failure = describeMailFailure(error, this.config.mail.smtpUrl);
      await this.outgoing.recordFailure(db, mail.id, failure, { final });
      const context = { mailId: mail.id, kind: mail.kind, attempt: mail.attempts, error: failure };
      if (final) this.logger.error(context, 'an e-mail could not be sent and is given up');
      else this.logger.warn(context, 'an e-mail could not be sent yet; it will be retried');
    }
    // For pg-boss to retry it; not the original error, which may carry what the SMTP server echoed.
    if (failure !== undefined) throw new Error(failure);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.enabled) return;
    // Loaded only when e-mail is on (about 7 MiB of heap).
    const { PgBoss } = await import('pg-boss');
    const boss = new PgBoss({
      connectionString: this.config.databaseUrl,
      application_name: 'forum-mail',
      schema: 'pgboss',
      max: 3,
      connectionTimeoutMillis: this.config.databaseConnectTimeoutMs,
      openTelemetry: { enabled: false },
      registerInstance: false,
    });
    boss.on('error', (error: unknown) =>
      this.logger.error({ error: describeMailFailure(error, this.config.mail.smtpUrl) }, 'e-mail queue error'),
    );
    this.boss = boss;
    await boss.start();
    const queue = { expireInSeconds: EXPIRE_SECONDS, ...this.retries() };
    await boss.createQueue(MAIL_QUEUE, queue);
    await boss.updateQueue(MAIL_QUEUE, queue);
    this.markStarted(boss);
    // EVENTS_WORKER=false: an instance that delivers no events sends no e-mail either (it still queues them).
    if (!this.config.events.worker) return;
    const pollingIntervalSeconds = this.config.mail.pollIntervalMs / 1000;
    // Batches of 10, fetched back to back while they come full (a burst of immediate e-mails), each settled alone:
    // one refused e-mail is retried without the others of its batch.
    await boss.work(
      MAIL_QUEUE,
      {
        includeMetadata: true,
        perJobResults: true,
        batchSize: BATCH_SIZE,
        burstWhenBatchFull: true,
        localConcurrency: 2,
        pollingIntervalSeconds,
      },
      async (jobs: JobWithMetadata<{ mailId: string }>[]) => {
        const results: JobResult[] = [];
        for (const job of jobs) {
          try {
            await this.attempt(job.data.mailId, { final: job.retryCount >= job.retryLimit });
            results.push({ id: job.id, status: 'completed' });
          } catch (error) {
            results.push({ id: job.id, status: 'failed', output: { message: (error as Error).message } });
          }
        }
        return results;
      },
    );
    for (const { name, cron, run } of this.periodic) {
      await boss.createQueue(name, { retryLimit: 1, expireInSeconds: EXPIRE_SECONDS });
      await boss.schedule(name, cron, null, { tz: 'UTC' });
      await boss.work(name, { pollingIntervalSeconds: Math.max(pollingIntervalSeconds, 5) }, () => run());
    }
  }

  /** Puts every FAILED e-mail back in line with one more attempt (an operator's task, once the cause is fixed). */
  async retryFailed(): Promise<number> {
    if (!this.enabled) return 0;
    const boss = await this.ready();
    const ids = await this.outgoing.requeueFailed(this.dataSource.manager);
    if (ids.length === 0) return 0;
    await boss.retry(MAIL_QUEUE, ids);
    // A failed job deleted by pg-boss's retention is queued anew (an id still there is left as retry() set it).
    await boss.insert(
      MAIL_QUEUE,
      ids.map((id) => ({ id, data: { mailId: id }, ...this.retries() })),
    );
    return ids.length;
  }

  async onModuleDestroy(): Promise<void> {
    await this.boss?.stop({ graceful: true, timeout: 10_000 });
  }

  private retries() {
    return {
      retryLimit: this.config.mail.retryLimit,
      retryDelay: this.config.mail.retryDelaySeconds,
      retryBackoff: true,
      retryDelayMax: MAX_RETRY_DELAY_SECONDS,
    };
  }

  /** The started queue; an outbox delivery that comes before it waits a while, then fails (and is retried). */
  private async ready(): Promise<PgBoss> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('The e-mail queue has not started')), START_TIMEOUT_MS);
    });
    try {
      return await Promise.race([this.started, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
