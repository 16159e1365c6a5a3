import { useState, type FormEvent } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../app/paths';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { WatchControl } from '../features/notifications/WatchControl';
import { Loading } from '../features/common/Loading';
import { NotFound } from '../features/common/NotFound';
import { usePageTitle } from '../features/common/usePageTitle';
import { THREAD_KINDS, threadKindLabel } from '../features/threads/labels';
import { ThreadList } from '../features/threads/ThreadList';
import { SpaceThreadsDocument, type ThreadKind } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';
import { useLive } from '../lib/realtime/useLive';
import { useSession } from '../lib/session/useSession';

const PAGE_SIZE = 20;

/** A space's threads, pinned first then newest activity, filtered by kind, tag and office (kept in the URL). */
export default function SpacePage() {
  const { slug = '' } = useParams();
  const { t, format, apiLanguage } = useI18n();
  const session = useSession();
  const [params, setParams] = useSearchParams();
  const kind = (params.get('kind') as ThreadKind | null) || null;
  const tag = params.get('tag') || null;
  const officeCode = params.get('office') || null;
  const [after, setAfter] = useState<string | null>(null);
  const [tagDraft, setTagDraft] = useState(tag ?? '');
  const [news, setNews] = useState(0);

  const [{ data, error, fetching }, refetch] = useQuery({
    query: SpaceThreadsDocument,
    variables: { slug, lang: apiLanguage, first: PAGE_SIZE, after, kind, tag, officeCode },
  });
  const space = data?.space;
  const recommendation = space?.recommendation;
  const title = recommendation
    ? t('catalog.recommendation', { number: recommendation.number })
    : space
      ? t('catalog.general.title')
      : undefined;
  usePageTitle(title);

  // A thread started while the page is open (an experience report, a discussion) appears without reloading.
  useLive(
    space ? { spaceSlug: slug } : null,
    'thread.created',
    (created) => {
      if (created.spaceSlug !== slug) return;
      setNews((count) => count + 1);
      setAfter(null);
      refetch({ requestPolicy: 'network-only' });
    },
    // Back after a lost connection: threads started meanwhile were not announced (they are on the first page).
    {
      rejoined: () => {
        setAfter(null);
        refetch({ requestPolicy: 'network-only' });
      },
    },
  );

  const filter = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setAfter(null);
    setParams(next, { replace: true });
  };
  const submitTag = (event: FormEvent) => {
    event.preventDefault();
    filter({ tag: tagDraft.trim().toLowerCase() || null });
  };

  if (data && !space) return <NotFound />;
  if (!data || !space) return fetching ? <Loading /> : <ErrorNotice error={error} />;
  const threads = space.threads;

  return (
    <div className="page">
      <p className="breadcrumbs">
        <Link to={paths.home()}>{t('common.nav.home')}</Link>
      </p>
      <h1>{title}</h1>
      <p className="lead">{recommendation ? recommendation.title : t('catalog.general.description')}</p>
      <WatchControl target={{ spaceSlug: space.slug }} />
      {session && recommendation && (
        <p>
          <Link className="button" to={paths.newReport(recommendation.number)}>
            {t('reports.new.link')}
          </Link>
        </p>
      )}

      <form className="filters" role="search" aria-label={t('threads.filters')} onSubmit={submitTag}>
        <div className="field">
          <label htmlFor="filter-kind">{t('threads.filter.kind')}</label>
          <select
            id="filter-kind"
            value={kind ?? ''}
            onChange={(event) => filter({ kind: event.target.value || null })}
          >
            <option value="">{t('threads.filter.anyKind')}</option>
            {THREAD_KINDS.map((value) => (
              <option key={value} value={value}>
                {t(threadKindLabel(value))}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-office">{t('threads.filter.office')}</label>
          <select
            id="filter-office"
            value={officeCode ?? ''}
            onChange={(event) => filter({ office: event.target.value || null })}
          >
            <option value="">{t('threads.filter.anyOffice')}</option>
            {data.offices.map((office) => (
              <option key={office.id} value={office.code}>
                {office.code} · {format.officeName(office)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="filter-tag">{t('threads.filter.tag')}</label>
          <input id="filter-tag" value={tagDraft} onChange={(event) => setTagDraft(event.target.value)} />
        </div>
        <button type="submit">{t('threads.filter.apply')}</button>
      </form>

      <p className="count" role="status">
        {t.plural('threads.list.count', threads.totalCount)}
        {news > 0 && <span className="visually-hidden"> {t('threads.list.updated')}</span>}
      </p>
      <ThreadList threads={threads.edges.map((edge) => edge.node)} />
      {threads.pageInfo.hasNextPage && (
        <button type="button" onClick={() => setAfter(threads.pageInfo.endCursor)} disabled={fetching}>
          {t('threads.list.more')}
        </button>
      )}
    </div>
  );
}
