import { useState } from 'react';
import { useQuery } from 'urql';
import { AdminPage } from '../features/admin/AdminPage';
import { AUDIT_KINDS, auditKindLabel } from '../features/admin/labels';
import { Pager } from '../features/admin/Pager';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { AuditLogDocument, type AuditKind } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';

const PAGE_SIZE = 50;

/** An id, short (its first 8 characters: enough to tell entries apart on a page), the whole one for copying. */
function ShortId({ id }: { id: string }) {
  return (
    <span className="id" title={id}>
      {id.slice(0, 8)}
    </span>
  );
}

/** A member of an entry by name and office; its id when the member is gone. */
function Who({
  member,
  id,
}: {
  member: { displayName: string; office: { code: string } } | null | undefined;
  id: string | null | undefined;
}) {
  if (member)
    return (
      <>
        {member.displayName} <span className="office-code">{member.office.code}</span>
      </>
    );
  return id ? <ShortId id={id} /> : null;
}

function Details({ details }: { details: Record<string, unknown> }) {
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <dl className="details">
      {entries.map(([key, value]) => (
        <div key={key}>
          <dt>{key}:</dt> <dd>{typeof value === 'string' ? value : JSON.stringify(value)}</dd>
        </div>
      ))}
    </dl>
  );
}

function Log() {
  const { t, format } = useI18n();
  const [kind, setKind] = useState<AuditKind | null>(null);
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, error, fetching }] = useQuery({
    query: AuditLogDocument,
    variables: { first: PAGE_SIZE, after: cursors.at(-1) ?? null, kind },
  });
  const log = data?.auditLog;
  return (
    <>
      <div className="filters">
        <div className="field">
          <label htmlFor="audit-kind">{t('admin.audit.kind')}</label>
          <select
            id="audit-kind"
            value={kind ?? ''}
            onChange={(event) => {
              setKind((event.target.value || null) as AuditKind | null);
              setCursors([null]);
            }}
          >
            <option value="">{t('admin.audit.anyKind')}</option>
            {AUDIT_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(auditKindLabel(value))}
              </option>
            ))}
          </select>
        </div>
      </div>
      {!log ? (
        fetching ? (
          <Loading />
        ) : (
          <ErrorNotice error={error} />
        )
      ) : log.edges.length === 0 ? (
        <p className="empty">{t('admin.audit.empty')}</p>
      ) : (
        <div className="admin-table-wrap">
          <table className="admin-table">
            <caption>{t.plural('admin.audit.count', log.totalCount)}</caption>
            <thead>
              <tr>
                <th scope="col">{t('admin.column.when')}</th>
                <th scope="col">{t('admin.column.what')}</th>
                <th scope="col">{t('admin.column.who')}</th>
                <th scope="col">{t('admin.column.member')}</th>
                <th scope="col">{t('admin.column.email')}</th>
                <th scope="col">{t('admin.column.ip')}</th>
                <th scope="col">{t('admin.column.details')}</th>
              </tr>
            </thead>
            <tbody>
              {log.edges.map(({ node: entry }) => (
                <tr key={entry.id}>
                  <td>
                    <time dateTime={entry.at}>{format.dateTime(entry.at)}</time>
                  </td>
                  <th scope="row">{t(auditKindLabel(entry.kind))}</th>
                  <td>
                    <Who member={entry.actor} id={entry.actorId} />
                    {!entry.actorId && t('admin.audit.system')}
                  </td>
                  <td>
                    <Who member={entry.member} id={entry.memberId} />
                  </td>
                  <td>{entry.email}</td>
                  <td>{entry.ip}</td>
                  <td>
                    <Details details={entry.details} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {log && <Pager cursors={cursors} setCursors={setCursors} pageInfo={log.pageInfo} />}
    </>
  );
}

/** Administrators: the audit log, newest first, by kind of entry. */
export default function AdminAuditPage() {
  return (
    <AdminPage section="audit">
      <Log />
    </AdminPage>
  );
}
