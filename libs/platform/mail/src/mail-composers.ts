import { Injectable } from '@nestjs/common';
import type { ComposedMail } from './mail-transport.js';
import type { OutgoingMail } from './outgoing-mail.repository.js';

/**
 * Writes an e-mail of one kind when it is sent, from what is true then: null when there is nothing (left) to say
 * (the member may no longer see it, chose no e-mail, was deactivated ...); the e-mail is then SKIPPED. It must not
 * wait without a timeout. A throw counts as a failed attempt (retried).
 */
export type MailComposer = (mail: OutgoingMail) => Promise<ComposedMail | null>;

/**
 * The composers of each kind of e-mail, registered by the domains that queue them when their module starts (the
 * platform knows no domain: the same shape as GraphQL context contributors).
 */
@Injectable()
export class MailComposers {
  private readonly composers = new Map<string, MailComposer>();

  register(kind: string, composer: MailComposer): void {
    if (this.composers.has(kind)) throw new Error(`A composer of "${kind}" e-mails is registered twice`);
    this.composers.set(kind, composer);
  }

  of(kind: string): MailComposer {
    const composer = this.composers.get(kind);
    if (!composer) throw new Error(`No composer of "${kind}" e-mails`);
    return composer;
  }
}
