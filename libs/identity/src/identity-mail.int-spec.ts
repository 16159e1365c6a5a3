import { DataSource } from 'typeorm';
import { createTestApp, startTestSmtp, type TestApp, type TestSmtp } from '@forum/testing';
import { identityEntities, IdentityModule } from './identity.module.js';
import { PasswordsService } from './passwords.service.js';
import { createTestMember, signInForTest } from './testing/identity.fixtures.js';

const PUBLIC_URL = 'https://forum.example.org';

// Issue 12's e-mail: invitation e-mails (the token no longer only returned to the inviter) and password-reset
// e-mails, through a real SMTP server; each link works, and one no longer wanted when its turn comes is not sent.
describe('invitation and password-reset e-mails', () => {
  let smtp: TestSmtp;
  let api: TestApp;
  let adminToken: string;
  beforeAll(async () => {
    smtp = await startTestSmtp();
    api = await createTestApp({
      imports: [IdentityModule],
      entities: identityEntities,
      env: {
        ADMIN_EMAIL: 'boss@wipo.example.org',
        ADMIN_PASSWORD: 'admin-password-for-tests',
        SMTP_URL: smtp.url,
        PUBLIC_URL,
        MAIL_SECRET: 'a-mail-secret-of-the-tests-that-is-long-enough',
        MAIL_POLL_INTERVAL_MS: '500',
        MAIL_RETRY_DELAY_SECONDS: '1',
      },
    });
    adminToken = await signInForTest(api.client, 'boss@wipo.example.org', 'admin-password-for-tests');
  });
  afterAll(async () => {
    await api?.close();
    await smtp?.stop();
  });

  const invite = async (email: string) =>
    (
      await api.client.data<{ inviteMember: string }>(
        'mutation($input: InviteMemberInput!) { inviteMember(input: $input) }',
        { input: { email, role: 'MEMBER', officeCode: 'FR' } },
        { token: adminToken },
      )
    ).inviteMember;
  const mailTo = (address: string) => smtp.waitFor((received) => received.some((mail) => mail.to.includes(address)));
  const tokenIn = (text: string, page: string) =>
    decodeURIComponent(new RegExp(`${PUBLIC_URL}/${page}#token=(\\S+)`).exec(text)![1]);

  it('e-mails the invitee a link whose token accepts the invitation, in English and Chinese', async () => {
    const token = await invite('new.colleague@fr.example.org');
    const mail = (await mailTo('new.colleague@fr.example.org')).find((m) =>
      m.to.includes('new.colleague@fr.example.org'),
    )!;
    expect(mail.parsed.subject).toBe('[IP Office ICT Forum] You are invited · 邀请您加入论坛');
    const text = mail.parsed.text ?? '';
    expect(text).toContain('invites you to the IP Office ICT Forum, as a member of');
    expect(text).toContain('邀请您加入知识产权局信息通信技术论坛');
    expect(tokenIn(text, 'accept-invitation')).toBe(token);
    expect(String(mail.parsed.html)).toContain(`${PUBLIC_URL}/accept-invitation#token=`);
    // The queued e-mail kept the token sealed, not in the clear.
    const rows = await api.db.query<{ payload: unknown }>('SELECT payload FROM outgoing_mail');
    expect(JSON.stringify(rows)).not.toContain(token);
    const { acceptInvitation } = await api.client.data<{ acceptInvitation: { member: { office: { code: string } } } }>(
      'mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { member { office { code } } } }',
      {
        input: {
          token: tokenIn(text, 'accept-invitation'),
          displayName: 'New Colleague',
          password: 'a long new password',
        },
      },
    );
    expect(acceptInvitation.member.office.code).toBe('FR');
  });

  it('sends nothing for an invitation revoked while the SMTP server was down', async () => {
    await smtp.stop();
    await invite('changed.mind@fr.example.org');
    const [{ id }] = await api.db.query<{ id: string }>(
      `SELECT id FROM invitation WHERE email = 'changed.mind@fr.example.org'`,
    );
    await api.client.data('mutation($id: ID!) { revokeInvitation(id: $id) }', { id }, { token: adminToken });
    await smtp.start();
    const deadline = Date.now() + 20_000;
    let state = '';
    while (state !== 'SKIPPED' && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      [{ state }] = await api.db.query<{ state: string }>(`SELECT state FROM outgoing_mail WHERE key = $1`, [
        `identity.invitation:${id}`,
      ]);
    }
    expect(state).toBe('SKIPPED');
    expect(smtp.received.filter((mail) => mail.to.includes('changed.mind@fr.example.org'))).toEqual([]);
  });

  it("e-mails an operator's password-reset link to the member, and the link sets the password", async () => {
    const member = await createTestMember(api.app.get(DataSource), { officeCode: 'DE' });
    const token = await api.app.get(PasswordsService).issueResetToken(member.email);
    const mail = (await mailTo(member.email)).find((m) => m.to.includes(member.email))!;
    expect(mail.parsed.subject).toBe('[IP Office ICT Forum] Set a new password · 设置新密码');
    expect(tokenIn(mail.parsed.text ?? '', 'reset-password')).toBe(token);
    await api.client.data('mutation($input: ResetPasswordInput!) { resetPassword(input: $input) { accessToken } }', {
      input: { token, newPassword: 'the new long password' },
    });
    expect(await signInForTest(api.client, member.email, 'the new long password')).toEqual(expect.any(String));
  });
});
