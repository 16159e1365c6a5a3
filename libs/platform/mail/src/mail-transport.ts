import { Inject, Injectable, type OnModuleDestroy } from '@nestjs/common';
import type { Transporter } from 'nodemailer';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';

/** What a composer writes: one e-mail to one address, in two forms, with its unsubscribe link when it has one. */
export interface ComposedMail {
  to: string;
  subject: string;
  text: string;
  html: string;
  /** BCP 47 tag of the language it is written in (`en`, `zh` ...). */
  language: string;
  /** The RFC 8058 one-click URL (POST), also the List-Unsubscribe header; a GET of it shows a confirmation page. */
  unsubscribeUrl?: string;
}

// Bounds every wait on the SMTP server, well under the queue's expireInSeconds: a handler never waits for ever.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 };

/** nodemailer over SMTP_URL. Its logger is off: it would write the AUTH exchange, and so the credentials. */
@Injectable()
export class MailTransport implements OnModuleDestroy {
  /** Made at the first e-mail: nodemailer (about 6 MiB of heap) is loaded only by an instance that sends. */
  private transporter?: Promise<Transporter>;
  private readonly smtpUrl?: string;
  private readonly from: string;
  readonly domain: string;

  constructor(@Inject(FORUM_CONFIG) config: ForumConfig) {
    this.from = config.mail.from;
    this.domain = new URL(config.mail.publicUrl).hostname;
    this.smtpUrl = config.mail.smtpUrl;
  }

  /** The Message-ID of the e-mail with this id: the same on every attempt, so a repeat is recognisably the same. */
  messageIdOf(mailId: string): string {
    return `<${mailId}@${this.domain}>`;
  }

  /** Hands the e-mail to the SMTP server; resolves once the server accepted it (250 after DATA). */
  async send(mailId: string, mail: ComposedMail): Promise<string> {
    const url = this.smtpUrl;
    if (!url) throw new Error('E-mail is off (SMTP_URL is not set)');
    this.transporter ??= import('nodemailer').then(({ createTransport }) =>
      createTransport({ url, logger: false, debug: false, ...TIMEOUTS }),
    );
    const messageId = this.messageIdOf(mailId);
    await (
      await this.transporter
    ).sendMail({
      from: this.from,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      html: mail.html,
      messageId,
      headers: {
        'Auto-Submitted': 'auto-generated',
        'Content-Language': mail.language,
        ...(mail.unsubscribeUrl
          ? { 'List-Unsubscribe': `<${mail.unsubscribeUrl}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' }
          : {}),
      },
    });
    return messageId;
  }

  async onModuleDestroy(): Promise<void> {
    (await this.transporter?.catch(() => undefined))?.close();
  }
}

/**
 * A failure as it may be stored or logged: class and message, shortened, with URL credentials and the SMTP
 * password blotted out (an SMTP server may echo what it was sent).
 */
export function describeMailFailure(error: unknown, smtpUrl: string | undefined): string {
  let text = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const secrets = smtpUrl && URL.canParse(smtpUrl) ? new URL(smtpUrl) : null;
  for (const secret of [secrets?.password, secrets?.username].map((part) => part && decodeURIComponent(part)))
    if (secret && secret.length >= 3) text = text.split(secret).join('***');
  return text.replace(/\/\/[^\s/@]+@/g, '//***@').slice(0, 1_000);
}
