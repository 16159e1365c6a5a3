import { Injectable } from '@nestjs/common';
import { isUuid } from '@forum/core';
import { SignedLinks } from '@forum/mail';
import { EmailFrequency } from './email-frequency.js';

/** What one unsubscribe link ends: one subscription of one member, or one member's e-mail of one frequency. */
export type UnsubscribeTarget =
  | { kind: 'subscription'; memberId: string; subscriptionId: string }
  | { kind: 'email'; memberId: string; frequency: EmailFrequency };

const PURPOSE = 'notifications.unsubscribe';
export const UNSUBSCRIBE_PATH = '/api/unsubscribe/';

/** The signed, sign-in-free links of RFC 8058 one-click unsubscribe (docs/security.md, "Unsubscribe links"). */
@Injectable()
export class UnsubscribeLinks {
  constructor(private readonly links: SignedLinks) {}

  url(target: UnsubscribeTarget): string {
    const fields =
      target.kind === 'subscription'
        ? ['s', target.memberId, target.subscriptionId]
        : ['e', target.memberId, target.frequency];
    return this.links.url(`${UNSUBSCRIBE_PATH}${this.links.sign(PURPOSE, fields)}`);
  }

  /** A page of the forum (PUBLIC_URL), e.g. a thread, for links in e-mails. */
  forumUrl(path: string): string {
    return this.links.url(path);
  }

  /** The target of a token made by `url`; null for anything forged, altered or made with another key. */
  read(token: string): UnsubscribeTarget | null {
    const fields = this.links.verify(PURPOSE, token, 3);
    if (!fields) return null;
    const [scope, memberId, target] = fields;
    if (!isUuid(memberId)) return null;
    if (scope === 's' && isUuid(target)) return { kind: 'subscription', memberId, subscriptionId: target };
    if (scope === 'e' && Object.values(EmailFrequency).includes(target as EmailFrequency))
      return { kind: 'email', memberId, frequency: target as EmailFrequency };
    return null;
  }
}
