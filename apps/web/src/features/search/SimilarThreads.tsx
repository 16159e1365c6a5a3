import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../../app/paths';
import { SimilarThreadsDocument } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { threadKindLabel } from '../threads/labels';
import './search.css';

const WAIT_MS = 500;
const MIN_TITLE = 4;
const BODY_START = 500;

/** `value`, once it stopped changing for `ms` (a draft being typed is asked about once the writer pauses). */
function useSettled<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * For a form that starts a thread: the threads most like the draft (the API's similarThreads), shown while the
 * member writes, so that a question already discussed is found before it is asked again. Links open in a new tab:
 * the draft stays. Mount it under the title field: <SimilarThreads title={draft.title} body={draft.body} />.
 */
export function SimilarThreads({ title, body }: { title: string; body?: string }) {
  const { t } = useI18n();
  const settledTitle = useSettled(title.trim(), WAIT_MS);
  const settledBody = useSettled(body?.slice(0, BODY_START) ?? null, WAIT_MS);
  const [{ data }] = useQuery({
    query: SimilarThreadsDocument,
    variables: { title: settledTitle, body: settledBody },
    pause: settledTitle.length < MIN_TITLE,
    requestPolicy: 'cache-first',
  });
  const threads = settledTitle.length >= MIN_TITLE ? (data?.similarThreads ?? []) : [];

  // A polite live region that is always there, so that screen readers hear of suggestions as they appear.
  return (
    <div aria-live="polite">
      {threads.length > 0 && (
        <section className="similar-threads" aria-labelledby="similar-threads-heading">
          <h2 id="similar-threads-heading">{t('search.similar.title')}</h2>
          <p className="hint">{t('search.similar.hint')}</p>
          <ul>
            {threads.map((thread) => (
              <li key={thread.id}>
                <Link to={paths.thread(thread.id)} target="_blank" rel="noopener" lang={thread.language.toLowerCase()}>
                  {thread.title}
                </Link>{' '}
                <span className="visually-hidden">{t('search.similar.opensInNewTab')}</span>
                <span className="meta-inline">
                  {t(threadKindLabel(thread.kind))} · {thread.office.code} ·{' '}
                  {t.plural('threads.list.posts', thread.postCount)}
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
