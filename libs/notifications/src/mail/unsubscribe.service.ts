import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { notFound } from '@forum/core';
import { SubscriptionsRepository } from '../subscriptions.repository.js';
import { EmailSettingsRepository } from './email-settings.repository.js';
import { mailLanguageOf, type MailLanguage } from './mail-texts.js';
import { UnsubscribeLinks, type UnsubscribeTarget } from './unsubscribe-links.js';

export interface Unsubscription {
  target: UnsubscribeTarget;
  language: MailLanguage;
}

/**
 * One-click unsubscribe without signing in: the signed link names the member and what it ends, so it ends that and
 * nothing else (that member's subscription, or its e-mail of that frequency). Anything not made by the forum's key
 * is NOT_FOUND, as if no such link existed. Doing it again changes nothing and is answered the same.
 */
@Injectable()
export class UnsubscribeService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly links: UnsubscribeLinks,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly settings: EmailSettingsRepository,
  ) {}

  /** What the link would end (for its confirmation page), changing nothing. */
  async read(token: string): Promise<Unsubscription> {
    const target = this.targetOf(token);
    const { language } = await this.settings.of(this.dataSource.manager, target.memberId);
    return { target, language: mailLanguageOf(language) };
  }

  async unsubscribe(token: string): Promise<Unsubscription> {
    const target = this.targetOf(token);
    return this.dataSource.transaction(async (tx) => {
      if (target.kind === 'subscription') await this.subscriptions.delete(tx, target.memberId, target.subscriptionId);
      else await this.settings.stopIfStill(tx, target.memberId, target.frequency);
      const { language } = await this.settings.of(tx, target.memberId);
      return { target, language: mailLanguageOf(language) };
    });
  }

  private targetOf(token: string): UnsubscribeTarget {
    const target = this.links.read(token);
    if (!target) throw notFound('No such unsubscribe link');
    return target;
  }
}
