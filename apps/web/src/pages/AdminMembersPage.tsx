import { useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { AdminPage } from '../features/admin/AdminPage';
import { ROLES, roleLabel } from '../features/admin/labels';
import { actsOnEveryOffice, grantableBy } from '../features/admin/sections';
import { Pager } from '../features/admin/Pager';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import {
  AdminMembersDocument,
  AdminOfficesDocument,
  DeactivateMemberDocument,
  ReactivateMemberDocument,
  SetMemberRoleDocument,
  type Role,
} from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';
import { useSession } from '../lib/session/useSession';

const PAGE_SIZE = 50;

function Members() {
  const { t, format } = useI18n();
  const session = useSession();
  const me = session?.member.id;
  const myRole = session?.member.role;
  const everyOffice = actsOnEveryOffice(myRole);
  const grantable = grantableBy(myRole);
  // Office admins see their own office's members (the API's rule) and manage those whose role they may grant.
  const manages = (role: Role) => everyOffice || grantable.includes(role);
  const [active, setActive] = useState(true);
  const [role, setRole] = useState<Role | null>(null);
  const [officeCode, setOfficeCode] = useState<string | null>(null);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [offices] = useQuery({ query: AdminOfficesDocument });
  const [{ data, error, fetching }] = useQuery({
    query: AdminMembersDocument,
    variables: { first: PAGE_SIZE, after: cursors.at(-1) ?? null, active, role, officeCode },
  });
  const [roleChange, changeRole] = useMutation(SetMemberRoleDocument);
  const [deactivation, deactivate] = useMutation(DeactivateMemberDocument);
  const [reactivation, reactivate] = useMutation(ReactivateMemberDocument);
  const [done, setDone] = useState('');
  const busy = roleChange.fetching || deactivation.fetching || reactivation.fetching;
  const filter = (change: () => void) => {
    change();
    setCursors([null]);
  };
  const act = async (name: string, run: () => Promise<{ error?: unknown }>) => {
    setDone('');
    const result = await run();
    if (!result.error) setDone(t('admin.members.changed', { name }));
  };

  const members = data?.members;
  return (
    <>
      <div className="filters">
        <div className="field">
          <label htmlFor="members-status">{t('admin.members.status')}</label>
          <select
            id="members-status"
            value={active ? 'active' : 'deactivated'}
            onChange={(event) => filter(() => setActive(event.target.value === 'active'))}
          >
            <option value="active">{t('admin.members.active')}</option>
            <option value="deactivated">{t('admin.members.deactivated')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="members-role">{t('admin.members.role')}</label>
          <select
            id="members-role"
            value={role ?? ''}
            onChange={(event) => filter(() => setRole((event.target.value || null) as Role | null))}
          >
            <option value="">{t('admin.members.anyRole')}</option>
            {ROLES.map((value) => (
              <option key={value} value={value}>
                {t(roleLabel(value))}
              </option>
            ))}
          </select>
        </div>
        {everyOffice && (
          <div className="field">
            <label htmlFor="members-office">{t('admin.column.office')}</label>
            <select
              id="members-office"
              value={officeCode ?? ''}
              onChange={(event) => filter(() => setOfficeCode(event.target.value || null))}
            >
              <option value="">{t('admin.anyOffice')}</option>
              {offices.data?.offices.map((office) => (
                <option key={office.id} value={office.code}>
                  {`${office.code} · ${format.officeName(office)}`}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      <ErrorNotice error={roleChange.error ?? deactivation.error ?? reactivation.error} />
      <p role="status" className="count">
        {done}
      </p>
      {!members ? (
        fetching ? (
          <Loading />
        ) : (
          <ErrorNotice error={error} />
        )
      ) : members.edges.length === 0 ? (
        <p className="empty">{t('admin.members.empty')}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption>{t.plural('admin.members.count', members.totalCount)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.column.name')}</th>
                <th scope="col">{t('admin.column.email')}</th>
                <th scope="col">{t('admin.column.office')}</th>
                <th scope="col">{t('admin.column.role')}</th>
                <th scope="col">{t('admin.column.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {members.edges.map(({ node: member }) => {
                const self = member.id === me;
                const name = member.displayName;
                return (
                  <tr key={member.id}>
                    <th scope="row">
                      {name}
                      {self && ` (${t('admin.members.you')})`}
                    </th>
                    <td>{member.email}</td>
                    <td>
                      {member.office.code} · {format.officeName(member.office)}
                    </td>
                    <td>
                      {manages(member.role) ? (
                        <select
                          aria-label={t('admin.members.roleOf', { name })}
                          value={member.role}
                          disabled={self || busy || !active}
                          onChange={(event) =>
                            void act(name, () => changeRole({ memberId: member.id, role: event.target.value as Role }))
                          }
                        >
                          {grantable.map((value) => (
                            <option key={value} value={value}>
                              {t(roleLabel(value))}
                            </option>
                          ))}
                        </select>
                      ) : (
                        t(roleLabel(member.role))
                      )}
                    </td>
                    <td>
                      {!self &&
                        manages(member.role) &&
                        (active ? (
                          <button
                            type="button"
                            className="danger"
                            disabled={busy}
                            onClick={() => void act(name, () => deactivate({ memberId: member.id }))}
                          >
                            {t('admin.members.deactivate', { name })}
                          </button>
                        ) : (
                          <button
                            type="button"
                            disabled={busy}
                            onClick={() => void act(name, () => reactivate({ memberId: member.id }))}
                          >
                            {t('admin.members.reactivate', { name })}
                          </button>
                        ))}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {members && <Pager cursors={cursors} setCursors={setCursors} pageInfo={members.pageInfo} />}
    </>
  );
}

/**
 * Admins: every member, by status, role and office; office admins: their own office's. Change a role, deactivate or
 * reactivate (office admins: members and office admins only).
 */
export default function AdminMembersPage() {
  return (
    <AdminPage section="members">
      <Members />
    </AdminPage>
  );
}
