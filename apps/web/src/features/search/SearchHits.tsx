import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { SearchQuery, SearchThreadFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { threadKindLabel } from '../threads/labels';
import { hitTypeLabel, spaceLabel } from './labels';
import { snippetParts } from './snippet';

type Edge = SearchQuery['search']['hits']['edges'][number];

interface HitView {
  title: string;
  to: string;
  language: string;
  createdAt: string;
  office: string;
  thread: SearchThreadFieldsFragment;
}

/** What one hit shows: its title (a reply: whose, in which thread), where it leads, where it was written. */
function view(node: Edge['node'], t: ReturnType<typeof useI18n>['t']): HitView | null {
  switch (node.__typename) {
    case 'Thread':
      return {
        title: node.title,
        to: paths.thread(node.id),
        language: node.language,
        createdAt: node.createdAt,
        office: node.office.code,
        thread: node,
      };
    case 'Post':
      return {
        title: t('search.hit.replyIn', { author: node.author.displayName, thread: node.thread.title }),
        to: paths.thread(node.thread.id, node.id),
        language: node.thread.language,
        createdAt: node.createdAt,
        office: node.thread.office.code,
        thread: node.thread,
      };
    case 'ExperienceReport':
    case 'IctStrategy':
      return {
        title: node.title,
        to: paths.thread(node.thread.id),
        language: node.language,
        createdAt: node.createdAt,
        office: node.office.code,
        thread: node.thread,
      };
    default:
      return null;
  }
}

/** The hits of one page, best first, each with its snippet (the matched words marked). */
export function SearchHits({ edges }: { edges: Edge[] }) {
  const { t, format } = useI18n();
  return (
    <ol className="search-hits">
      {edges.map((edge) => {
        const hit = view(edge.node, t);
        if (!hit) return null;
        const id = `hit-${edge.cursor}`;
        const lang = hit.language.toLowerCase();
        return (
          <li key={edge.cursor}>
            <article className="search-hit" aria-labelledby={id}>
              <h3 id={id}>
                <Link to={hit.to} lang={lang}>
                  {hit.title}
                </Link>
              </h3>
              <p className="snippet" lang={lang}>
                {snippetParts(edge.snippet).map((part, index) =>
                  part.marked ? <mark key={index}>{part.text}</mark> : part.text,
                )}
              </p>
              <p className="meta">
                <span className="badge">{t(hitTypeLabel(edge.node.__typename))}</span>
                {edge.node.__typename !== 'Thread' ? null : (
                  <span className="badge">{t(threadKindLabel(hit.thread.kind))}</span>
                )}
                <span>{hit.office}</span>
                <span>{spaceLabel(hit.thread.space.slug, t)}</span>
                <span>
                  <time dateTime={hit.createdAt}>{format.date(hit.createdAt)}</time>
                </span>
              </p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
