import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DeliveryFactsService, type ThreadFacts } from '@forum/discussions';
import { canView, MembersService, type Viewer } from '@forum/identity';
import { EmailFrequency } from './email-frequency.js';
import { EmailSettingsRepository } from './email-settings.repository.js';
import { mailLanguageOf, type MailLanguage } from './mail-texts.js';

/** A member as an e-mail about to be sent finds it: where it writes to, what it chose, and what it may see now. */
export interface MailRecipient {
  memberId: string;
  email: string;
  viewer: NonNullable<Viewer>;
  frequency: EmailFrequency;
  language: MailLanguage;
}

/**
 * What every notification e-mail checks when it is sent, not when it was queued: the member is still active (its
 * office as of now), still wants this e-mail, and may still see each thread (the visibility policy's canView, with
 * the member as viewer, on each thread as it is now).
 */
@Injectable()
export class MailRecipients {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly members: MembersService,
    private readonly settings: EmailSettingsRepository,
    private readonly facts: DeliveryFactsService,
  ) {}

  /** Null for an unknown or deactivated member. */
  async of(memberId: string | null): Promise<MailRecipient | null> {
    const member = memberId ? await this.members.byId(memberId) : null;
    if (!member?.active) return null;
    const settings = await this.settings.of(this.dataSource.manager, member.id);
    return {
      memberId: member.id,
      email: member.email,
      viewer: { memberId: member.id, officeId: member.office.id, role: member.role },
      frequency: settings.frequency,
      language: mailLanguageOf(settings.language),
    };
  }

  /** The threads among `threadIds` that still exist and that the recipient may see now (one statement). */
  async visibleThreads(recipient: MailRecipient, threadIds: readonly string[]): Promise<ThreadFacts[]> {
    const threads = await this.facts.ofThreads(this.dataSource.manager, threadIds);
    return threads.filter((thread) => canView(recipient.viewer, thread.visibility));
  }
}
