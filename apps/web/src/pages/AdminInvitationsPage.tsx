import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { paths } from '../app/paths';
import { AdminPage } from '../features/admin/AdminPage';
import { roleLabel } from '../features/admin/labels';
import { actsOnEveryOffice, grantableBy } from '../features/admin/sections';
import { Pager } from '../features/admin/Pager';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Field } from '../features/common/Field';
import { Loading } from '../features/common/Loading';
import {
  AdminInvitationsDocument,
  AdminOfficesDocument,
  InviteMemberDocument,
  RevokeInvitationDocument,
  type Role,
} from '../gql/graphql';
import { fieldProblems } from '../lib/graphql/errors';
import { useI18n } from '../lib/i18n/I18nProvider';
import { useSession } from '../lib/session/useSession';

const PAGE_SIZE = 50;

function InviteForm() {
  const { t, format } = useI18n();
  const session = useSession();
  const myOffice = session?.member.office.code ?? '';
  const everyOffice = actsOnEveryOffice(session?.member.role);
  const [offices] = useQuery({ query: AdminOfficesDocument });
  const [email, setEmail] = useState('');
  const [officeCode, setOfficeCode] = useState(myOffice);
  const [role, setRole] = useState<Role>('MEMBER');
  const [created, setCreated] = useState<{ email: string; link: string } | null>(null);
  const [result, invite] = useMutation(InviteMemberDocument);
  const problem = (field: string) => {
    const found = fieldProblems(result.error).find((candidate) => candidate.field === field);
    return found ? t('common.error.field', { detail: found.message }) : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCreated(null);
    const { data } = await invite({ input: { email: email.trim(), officeCode, role } });
    if (!data) return;
    const link = `${window.location.origin}${paths.acceptInvitation()}#token=${encodeURIComponent(data.inviteMember)}`;
    setCreated({ email: email.trim(), link });
    setEmail('');
  };

  return (
    <form className="invite-form card" onSubmit={(event) => void submit(event)} aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('admin.invite.legend')}</h2>
      <div className="field-row">
        <Field label={t('admin.invite.email')} problem={problem('email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              required
              autoComplete="off"
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('admin.invite.office')} problem={problem('officeCode')}>
          {(control) => (
            <select {...control} value={officeCode} onChange={(event) => setOfficeCode(event.target.value)}>
              {offices.data?.offices
                // Office admins invite into their own office only (the API's rule).
                .filter((office) => everyOffice || office.code === myOffice)
                .map((office) => (
                  <option key={office.id} value={office.code}>
                    {`${office.code} · ${format.officeName(office)}`}
                  </option>
                ))}
            </select>
          )}
        </Field>
        <Field label={t('admin.invite.role')} problem={problem('role')}>
          {(control) => (
            <select {...control} value={role} onChange={(event) => setRole(event.target.value as Role)}>
              {grantableBy(session?.member.role).map((value) => (
                <option key={value} value={value}>
                  {t(roleLabel(value))}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ErrorNotice error={result.error} />
      <button type="submit" className="primary" disabled={result.fetching}>
        {t('admin.invite.submit')}
      </button>
      <div role="status">
        {created && (
          <div className="notice success">
            <p>{t('admin.invite.created', { email: created.email })}</p>
            <Field label={t('admin.invite.link')}>
              {(control) => (
                <input {...control} readOnly value={created.link} onFocus={(event) => event.target.select()} />
              )}
            </Field>
          </div>
        )}
      </div>
    </form>
  );
}

function Invitations() {
  const { t, format } = useI18n();
  // Office admins may revoke what they may invite (the API answers NOT_FOUND for the others: an admin's invitation
  // of a moderator into their office, say).
  const revocable = grantableBy(useSession()?.member.role);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, error, fetching }] = useQuery({
    query: AdminInvitationsDocument,
    variables: { first: PAGE_SIZE, after: cursors.at(-1) ?? null },
  });
  const [revocation, revoke] = useMutation(RevokeInvitationDocument);
  const [revoked, setRevoked] = useState('');
  const revokeOne = async (id: string, email: string) => {
    setRevoked('');
    const result = await revoke({ id });
    if (!result.error) setRevoked(t('admin.invitations.revoked', { email }));
  };
  const invitations = data?.invitations;
  if (!invitations) return fetching ? <Loading /> : <ErrorNotice error={error} />;
  return (
    <>
      <ErrorNotice error={revocation.error} />
      <p role="status" className="count">
        {revoked}
      </p>
      {invitations.edges.length === 0 ? (
        <p className="empty">{t('admin.invitations.empty')}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption>{t.plural('admin.invitations.count', invitations.totalCount)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.column.email')}</th>
                <th scope="col">{t('admin.column.office')}</th>
                <th scope="col">{t('admin.column.role')}</th>
                <th scope="col">{t('admin.column.invitedBy')}</th>
                <th scope="col">{t('admin.column.expires')}</th>
                <th scope="col">{t('admin.column.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {invitations.edges.map(({ node: invitation }) => (
                <tr key={invitation.id}>
                  <th scope="row">{invitation.email}</th>
                  <td>
                    {invitation.office.code} · {format.officeName(invitation.office)}
                  </td>
                  <td>{t(roleLabel(invitation.role))}</td>
                  <td>{invitation.invitedBy?.displayName ?? '—'}</td>
                  <td>
                    <time dateTime={invitation.expiresAt}>{format.dateTime(invitation.expiresAt)}</time>
                  </td>
                  <td>
                    {revocable.includes(invitation.role) && (
                      <button
                        type="button"
                        disabled={revocation.fetching}
                        onClick={() => void revokeOne(invitation.id, invitation.email)}
                      >
                        {t('admin.invitations.revoke', { email: invitation.email })}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pager cursors={cursors} setCursors={setCursors} pageInfo={invitations.pageInfo} />
    </>
  );
}

/**
 * Admins: invite someone into any office with any role (a link to send), see and revoke pending ones. Office admins:
 * the same within their own office, as member or office admin.
 */
export default function AdminInvitationsPage() {
  return (
    <AdminPage section="invitations">
      <InviteForm />
      <Invitations />
    </AdminPage>
  );
}
