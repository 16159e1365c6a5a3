import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../app/paths';
import { AdminPage } from '../features/admin/AdminPage';
import { FLAG_STATUSES, flagStatusLabel } from '../features/admin/labels';
import { Pager } from '../features/admin/Pager';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { FlagQueueDocument, ResolveFlagDocument, type FlagStatus } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';

const PAGE_SIZE = 20;
const EXCERPT = 600;

function Flags() {
  const { t, format } = useI18n();
  const [status, setStatus] = useState<FlagStatus>('OPEN');
  const [cursors, setCursors] = useState<(string | null)[]>([null]);
  const [{ data, error, fetching }] = useQuery({
    query: FlagQueueDocument,
    variables: { first: PAGE_SIZE, after: cursors.at(-1) ?? null, status },
  });
  const [resolution, resolve] = useMutation(ResolveFlagDocument);
  const [resolved, setResolved] = useState('');
  const decide = async (flagId: string, decision: FlagStatus) => {
    setResolved('');
    const result = await resolve({ input: { flagId, decision } });
    if (result.data) setResolved(t('admin.flags.resolved', { status: t(flagStatusLabel(decision)) }));
  };
  const flags = data?.flagQueue;

  return (
    <>
      <div className="filters">
        <div className="field">
          <label htmlFor="flags-status">{t('admin.flags.status')}</label>
          <select
            id="flags-status"
            value={status}
            onChange={(event) => {
              setStatus(event.target.value as FlagStatus);
              setCursors([null]);
            }}
          >
            {FLAG_STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(flagStatusLabel(value))}
              </option>
            ))}
          </select>
        </div>
      </div>
      <ErrorNotice error={resolution.error} />
      <p role="status" className="count">
        {resolved}
      </p>
      {!flags ? (
        fetching ? (
          <Loading />
        ) : (
          <ErrorNotice error={error} />
        )
      ) : (
        <>
          <p className="count">{t.plural('admin.flags.count', flags.totalCount)}</p>
          {flags.edges.length === 0 ? (
            <p className="empty">{t('admin.flags.empty')}</p>
          ) : (
            <ol className="flat-list">
              {flags.edges.map(({ node: flag }) => {
                const { post } = flag;
                return (
                  <li key={flag.id}>
                    <article className="flag" aria-labelledby={`flag-${flag.id}`}>
                      <h2 id={`flag-${flag.id}`}>
                        <Link to={paths.thread(post.thread.id, post.id)} lang={post.thread.language.toLowerCase()}>
                          {t('admin.flags.in', { thread: post.thread.title })}
                        </Link>
                      </h2>
                      <p className="meta">
                        <span className="badge">{t(flagStatusLabel(flag.status))}</span>
                        <span>
                          {t('admin.flags.postBy', {
                            author: post.author.displayName,
                            office: post.author.office.code,
                            date: format.dateTime(post.createdAt),
                          })}
                        </span>
                      </p>
                      {post.deleted ? (
                        <p className="empty">{t('admin.flags.deletedPost')}</p>
                      ) : (
                        <blockquote aria-label={t('admin.flags.post')} lang={post.thread.language.toLowerCase()}>
                          {post.body.length > EXCERPT ? `${post.body.slice(0, EXCERPT)}…` : post.body}
                        </blockquote>
                      )}
                      <p>
                        <strong>{t('admin.flags.reason')}:</strong> {flag.reason}
                      </p>
                      <p className="meta">
                        {t('admin.flags.flaggedBy', {
                          name: flag.flaggedBy.displayName,
                          office: flag.flaggedBy.office.code,
                          date: format.dateTime(flag.createdAt),
                        })}
                      </p>
                      {flag.status === 'OPEN' && (
                        <div className="flag-actions">
                          <button
                            type="button"
                            disabled={resolution.fetching}
                            onClick={() => void decide(flag.id, 'DISMISSED')}
                          >
                            {t('admin.flags.dismiss')}
                          </button>
                          <button
                            type="button"
                            className="danger"
                            disabled={resolution.fetching}
                            onClick={() => void decide(flag.id, 'POST_REMOVED')}
                          >
                            {t('admin.flags.remove')}
                          </button>
                        </div>
                      )}
                    </article>
                  </li>
                );
              })}
            </ol>
          )}
          <Pager cursors={cursors} setCursors={setCursors} pageInfo={flags.pageInfo} />
        </>
      )}
    </>
  );
}

/** Moderators and admins: the posts members flagged, oldest first; dismiss a flag or remove the post. */
export default function AdminFlagsPage() {
  return (
    <AdminPage section="flags">
      <Flags />
    </AdminPage>
  );
}
