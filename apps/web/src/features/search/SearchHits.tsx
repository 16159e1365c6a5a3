import { useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import type { SearchQuery } from '../../gql/graphql';
import { useI18n, type I18n } from '../../lib/i18n/I18nProvider';
import { downloadDocument } from '../threads/documents';
import { threadKindLabel } from '../threads/labels';
import { hitTypeLabel, spaceLabel } from './labels';
import { snippetParts } from './snippet';

type Edge = SearchQuery['search']['hits']['edges'][number];

interface HitView {
  title: string;
  /** Where the hit leads: its thread (at the post for a reply), an office's stack page. */
  to?: string;
  /** A file found by its text: offered for download, and leading to where it is attached. */
  file?: { url: string; name: string };
  language?: string;
  date: string;
  details: string[];
}

/** What one hit shows: its title (a reply: whose, in which thread), where it leads, where it was written. */
function view({ node, attachedTo }: Edge, { t }: I18n): HitView | null {
  switch (node.__typename) {
    case 'Thread':
      return {
        title: node.title,
        to: paths.thread(node.id),
        language: node.language,
        date: node.createdAt,
        details: [t(threadKindLabel(node.kind)), node.office.code, spaceLabel(node.space.slug, t)],
      };
    case 'Post':
      return {
        title: t('search.hit.replyIn', { author: node.author.displayName, thread: node.thread.title }),
        to: paths.thread(node.thread.id, node.id),
        language: node.thread.language,
        date: node.createdAt,
        details: [node.thread.office.code, spaceLabel(node.thread.space.slug, t)],
      };
    case 'ExperienceReport':
    case 'IctStrategy':
      return {
        title: node.title,
        to: paths.thread(node.thread.id),
        language: node.language,
        date: node.createdAt,
        details: [node.office.code, spaceLabel(node.thread.space.slug, t)],
      };
    case 'TechStack':
      return {
        title: t('search.hit.stackOf', { office: node.office.code, version: node.version }),
        to: paths.techStack(node.office.code),
        date: node.publishedAt,
        details: [node.office.code, spaceLabel(node.thread.space.slug, t)],
      };
    case 'Document': {
      // The post it is attached to (its place in the thread), or the strategy or report it is a version of.
      const thread = attachedTo && 'thread' in attachedTo ? attachedTo.thread : null;
      return {
        title: node.name,
        to: thread ? paths.thread(thread.id, attachedTo?.__typename === 'Post' ? attachedTo.id : undefined) : undefined,
        file: { url: node.url, name: node.name },
        date: node.createdAt,
        details: thread
          ? [t('search.hit.attachedIn', { thread: thread.title }), thread.office.code, spaceLabel(thread.space.slug, t)]
          : [],
      };
    }
    default:
      return null;
  }
}

function Download({ file }: { file: { url: string; name: string } }) {
  const { t } = useI18n();
  const [failed, setFailed] = useState(false);
  return (
    <>
      <button type="button" className="link" onClick={() => void downloadDocument(file).catch(() => setFailed(true))}>
        {t('threads.download', { name: file.name })}
      </button>
      {failed && <span role="alert"> {t('threads.downloadFailed')}</span>}
    </>
  );
}

/** The hits of one page, best first, each with its snippet (the matched words marked). */
export function SearchHits({ edges }: { edges: Edge[] }) {
  const i18n = useI18n();
  const { t, format } = i18n;
  return (
    <ol className="search-hits">
      {edges.map((edge) => {
        const hit = view(edge, i18n);
        if (!hit) return null;
        const id = `hit-${edge.cursor}`;
        const lang = hit.language?.toLowerCase();
        return (
          <li key={edge.cursor}>
            <article className="search-hit" aria-labelledby={id}>
              <h3 id={id}>
                {hit.to ? (
                  <Link to={hit.to} lang={lang}>
                    {hit.title}
                  </Link>
                ) : (
                  hit.title
                )}
              </h3>
              <p className="snippet" lang={lang}>
                {snippetParts(edge.snippet).map((part, index) =>
                  part.marked ? <mark key={index}>{part.text}</mark> : part.text,
                )}
              </p>
              <p className="meta">
                <span className="badge">{t(hitTypeLabel(edge.node.__typename))}</span>
                {hit.details.map((detail) => (
                  <span key={detail}>{detail}</span>
                ))}
                <span>
                  <time dateTime={hit.date}>{format.date(hit.date)}</time>
                </span>
                {hit.file && <Download file={hit.file} />}
              </p>
            </article>
          </li>
        );
      })}
    </ol>
  );
}
