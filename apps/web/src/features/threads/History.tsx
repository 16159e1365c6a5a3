import type { PostFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';

/** A post's earlier texts (the API shows them to its author and moderators only), oldest first. */
export function History({ post }: { post: PostFieldsFragment }) {
  const { t, format } = useI18n();
  const revisions = post.revisions.edges.map((edge) => edge.node);
  if (revisions.length === 0) return null;
  return (
    <details className="history">
      <summary>{t.plural('threads.history', post.revisions.totalCount)}</summary>
      <ol>
        {revisions.map((revision) => (
          <li key={revision.id}>
            <p className="meta">
              {t('threads.history.written', { date: format.dateTime(revision.writtenAt) })}
              {' · '}
              {t('threads.history.replaced', { date: format.dateTime(revision.replacedAt) })}
            </p>
            <pre className="revision-body">{revision.body}</pre>
          </li>
        ))}
      </ol>
    </details>
  );
}
