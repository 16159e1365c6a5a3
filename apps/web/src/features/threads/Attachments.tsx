import { useState } from 'react';
import type { PostFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { downloadDocument } from './documents';

export function Attachments({ post }: { post: PostFieldsFragment }) {
  const { t, format } = useI18n();
  const [failed, setFailed] = useState<string | null>(null);
  if (post.attachments.length === 0) return null;
  return (
    <div className="attachments">
      <ul aria-label={t('threads.attachments')}>
        {post.attachments.map((document) => (
          <li key={document.id}>
            <button
              type="button"
              className="link"
              onClick={() => {
                setFailed(null);
                downloadDocument(document).catch(() => setFailed(document.id));
              }}
            >
              {t('threads.download', { name: document.name })}
            </button>{' '}
            <span className="file-size">({format.bytes(document.size)})</span>
            {failed === document.id && (
              <span className="problem" role="alert">
                {' '}
                {t('threads.downloadFailed')}
              </span>
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
