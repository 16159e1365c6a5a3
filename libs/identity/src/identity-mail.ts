import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import {
  escapeHtml,
  MailComposers,
  mailLink,
  mailPage,
  MailQueue,
  SignedLinks,
  type ComposedMail,
  type OutgoingMail,
} from '@forum/mail';
import { Clock } from './clock.js';
import { InvitationsRepository } from './invitations.repository.js';
import { MembersRepository } from './members.repository.js';
import { PasswordResetsRepository } from './password-resets.repository.js';
import { tokenHash } from './secret-token.js';

export const INVITATION_MAIL = 'identity.invitation';
export const PASSWORD_RESET_MAIL = 'identity.password-reset';

/** The instant an e-mail names, in UTC, to the minute. */
const utc = (at: Date) => `${at.toISOString().slice(0, 16).replace('T', ' ')} UTC`;

/**
 * Invitation and password-reset e-mails. Each is queued in the transaction that makes its token, which it carries
 * sealed (SignedLinks.seal: the database alone does not give it away) until it is sent; it is written when sent, and
 * not sent at all once the invitation was accepted, revoked or expired, or the reset used or expired. Written in
 * English and Chinese together: the person has no settings yet (an invitee) or may not be able to sign in (a reset).
 * No unsubscribe link: they are not notifications, and each comes only when someone asks for it.
 */
@Injectable()
export class IdentityMail implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly queue: MailQueue,
    private readonly composers: MailComposers,
    private readonly links: SignedLinks,
    private readonly invitations: InvitationsRepository,
    private readonly resets: PasswordResetsRepository,
    private readonly members: MembersRepository,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    this.composers.register(INVITATION_MAIL, (mail) => this.invitation(mail));
    this.composers.register(PASSWORD_RESET_MAIL, (mail) => this.reset(mail));
  }

  /** Whether e-mails are sent at all (SMTP_URL). */
  get enabled(): boolean {
    return this.queue.enabled;
  }

  /** In the invitation's transaction. */
  async queueInvitation(tx: EntityManager, invitationId: string, token: string): Promise<void> {
    await this.queue.enqueue(tx, [
      {
        key: `${INVITATION_MAIL}:${invitationId}`,
        kind: INVITATION_MAIL,
        recipientId: null,
        payload: { invitationId, token: this.links.seal(token) },
      },
    ]);
  }

  /** In the reset's transaction. */
  async queueReset(tx: EntityManager, memberId: string, token: string): Promise<void> {
    const hash = tokenHash(token);
    await this.queue.enqueue(tx, [
      {
        key: `${PASSWORD_RESET_MAIL}:${hash}`,
        kind: PASSWORD_RESET_MAIL,
        recipientId: memberId,
        payload: { tokenHash: hash, token: this.links.seal(token) },
      },
    ]);
  }

  private async invitation(mail: OutgoingMail): Promise<ComposedMail | null> {
    const db = this.dataSource.manager;
    const invitation = await this.invitations.forMail(db, String(mail.payload.invitationId));
    const token = this.links.open(String(mail.payload.token));
    if (!invitation || invitation.accepted_at || invitation.revoked_at || !token) return null;
    if (invitation.expires_at <= this.clock.now()) return null;
    const inviter = invitation.invited_by_id ? await this.members.byId(db, invitation.invited_by_id) : null;
    const url = this.links.url(`/accept-invitation#token=${encodeURIComponent(token)}`);
    const who = inviter?.displayName ?? 'The forum’s administrators';
    const office = `${invitation.office_name} (${invitation.office_code})`;
    const until = utc(invitation.expires_at);
    const en = `${who} invites you to the IP Office ICT Forum, as a member of ${office}.`;
    const zh = `${inviter?.displayName ?? '论坛管理员'} 邀请您加入知识产权局信息通信技术论坛，成为 ${office} 的成员。`;
    return this.bilingual(invitation.email, {
      subject: '[IP Office ICT Forum] You are invited · 邀请您加入论坛',
      en: [en, `Accept it (once, until ${until}):`, 'If you did not expect it, ignore this e-mail.'],
      zh: [zh, `接受邀请（仅可使用一次，有效期至 ${until}）：`, '如果您并未期待此邀请，请忽略此邮件。'],
      url,
      action: ['Accept the invitation', '接受邀请'],
    });
  }

  private async reset(mail: OutgoingMail): Promise<ComposedMail | null> {
    const db = this.dataSource.manager;
    const reset = await this.resets.byTokenHash(db, String(mail.payload.tokenHash));
    const token = this.links.open(String(mail.payload.token));
    if (!reset || reset.usedAt || reset.expiresAt <= this.clock.now() || !token) return null;
    const member = await this.members.byId(db, reset.memberId);
    if (!member?.active) return null;
    const url = this.links.url(`/reset-password#token=${encodeURIComponent(token)}`);
    const until = utc(reset.expiresAt);
    return this.bilingual(member.email, {
      subject: '[IP Office ICT Forum] Set a new password · 设置新密码',
      en: [
        'A new password was asked for your account on the IP Office ICT Forum.',
        `Set it (once, until ${until}):`,
        'If you did not ask for it, ignore this e-mail: your password stays as it is.',
      ],
      zh: [
        '有人为您在知识产权局信息通信技术论坛的账户申请了新密码。',
        `设置新密码（仅可使用一次，有效期至 ${until}）：`,
        '如果您并未申请，请忽略此邮件：您的密码不会改变。',
      ],
      url,
      action: ['Set a new password', '设置新密码'],
    });
  }

  /** English, then Chinese; the link between each one's second and third sentence. */
  private bilingual(
    to: string,
    parts: { subject: string; en: string[]; zh: string[]; url: string; action: [string, string] },
  ): ComposedMail {
    const text = [parts.en, parts.zh]
      .map(([first, second, third]) => [first, '', `${second} ${parts.url}`, '', third].join('\n'))
      .join('\n\n---\n\n');
    const section = ([first, second, third]: string[], action: string, lang: string) =>
      `<div lang="${lang}"><p>${escapeHtml(first)}</p><p>${escapeHtml(second)} ${mailLink(parts.url, action)}</p>` +
      `<p style="color: #555">${escapeHtml(third)}</p></div>`;
    const html = mailPage(
      'en',
      `${section(parts.en, parts.action[0], 'en')}<hr>${section(parts.zh, parts.action[1], 'zh')}`,
    );
    return { to, subject: parts.subject, text, html, language: 'en, zh' };
  }
}
