import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { SpaceThreadsQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { threadKindLabel } from './labels';

type ThreadNode = NonNullable<SpaceThreadsQuery['space']>['threads']['edges'][number]['node'];

export function ThreadList({ threads }: { threads: ThreadNode[] }) {
  const { t, format } = useI18n();
  if (threads.length === 0) return <p className="empty">{t('threads.list.empty')}</p>;
  return (
    <ol className="thread-list">
      {threads.map((thread) => (
        <li key={thread.id}>
          <article className="thread-summary" aria-labelledby={`thread-${thread.id}`}>
            <h2 id={`thread-${thread.id}`}>
              <Link to={paths.thread(thread.id)} lang={thread.language.toLowerCase()}>
                {thread.title}
              </Link>
            </h2>
            <p className="meta">
              <span className="badge">{t(threadKindLabel(thread.kind))}</span>
              {thread.pinned && <span className="badge pinned">{t('threads.pinned')}</span>}
              {thread.locked && <span className="badge locked">{t('threads.locked')}</span>}
              <span>{t('threads.list.by', { author: thread.author.displayName, office: thread.office.code })}</span>
              <span>{t.plural('threads.list.posts', thread.postCount)}</span>
              <span>
                {t('threads.list.lastActivity')}{' '}
                <time dateTime={thread.lastActivityAt}>{format.dateTime(thread.lastActivityAt)}</time>
              </span>
            </p>
            {thread.tags.length > 0 && (
              <ul className="tags" aria-label={t('threads.tags')}>
                {thread.tags.map((tag) => (
                  <li key={tag}>{tag}</li>
                ))}
              </ul>
            )}
          </article>
        </li>
      ))}
    </ol>
  );
}
