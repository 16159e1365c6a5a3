import { Injectable, type OnModuleInit } from '@nestjs/common';
import { MailComposers, MailQueue } from '@forum/mail';
import { DIGEST_MAIL, DigestComposer } from './digest.composer.js';
import { DigestPlanner } from './digest-planner.js';
import { IMMEDIATE_MAIL, ImmediateComposer } from './immediate.composer.js';

/** Plugs notifications' e-mails into the platform's queue: their composers, and the digests' schedule. */
@Injectable()
export class NotificationMail implements OnModuleInit {
  constructor(
    private readonly composers: MailComposers,
    private readonly queue: MailQueue,
    private readonly digest: DigestComposer,
    private readonly immediate: ImmediateComposer,
    private readonly planner: DigestPlanner,
  ) {}

  onModuleInit(): void {
    this.composers.register(DIGEST_MAIL, (mail) => this.digest.compose(mail));
    this.composers.register(IMMEDIATE_MAIL, (mail) => this.immediate.compose(mail));
    this.queue.every('notifications-plan-digests', '*/15 * * * *', async () => {
      await this.planner.planDue();
    });
  }
}
