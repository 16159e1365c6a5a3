import { Module } from '@nestjs/common';
import { MailComposers } from './mail-composers.js';
import { MailQueue } from './mail-queue.js';
import { MailTransport } from './mail-transport.js';
import { OutgoingMailEntity } from './outgoing-mail.entity.js';
import { OutgoingMailRepository } from './outgoing-mail.repository.js';
import { SignedLinks } from './signed-links.js';

export const mailEntities = [OutgoingMailEntity];

/**
 * E-mail: the queue (pg-boss), the SMTP transport (nodemailer), the composers' registry and signed links. Knows no
 * domain: the domains queue e-mails and register the composers that write them. Needs the DatabaseModule, the
 * configuration and the logger.
 */
@Module({
  providers: [OutgoingMailRepository, MailTransport, MailComposers, MailQueue, SignedLinks],
  exports: [MailQueue, MailComposers, SignedLinks],
})
export class MailModule {}
