import { useId, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { MySubscriptionsDocument, SubscribeDocument, UnsubscribeDocument, type WatchLevel } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/useSession';
import { ErrorNotice } from '../common/ErrorNotice';
import { levelLabel, SPACE_LEVELS, THREAD_LEVELS } from './labels';
import './notifications.css';

export type WatchTarget = { threadId: string } | { spaceSlug: string };

function Control({ target }: { target: WatchTarget }) {
  const { t } = useI18n();
  const id = useId();
  const [{ data }] = useQuery({ query: MySubscriptionsDocument });
  const [subscribed, subscribe] = useMutation(SubscribeDocument);
  const [unsubscribed, unsubscribe] = useMutation(UnsubscribeDocument);
  const [saved, setSaved] = useState<WatchLevel | 'DEFAULT' | null>(null);
  const isThread = 'threadId' in target;
  const current = data?.mySubscriptions.find((subscription) =>
    isThread ? subscription.threadId === target.threadId : subscription.spaceSlug === target.spaceSlug,
  );
  const levels = isThread ? THREAD_LEVELS : SPACE_LEVELS;
  const value: WatchLevel | 'DEFAULT' = current?.level ?? 'DEFAULT';

  const choose = async (level: WatchLevel | 'DEFAULT') => {
    setSaved(null);
    const result =
      level === 'DEFAULT'
        ? current
          ? await unsubscribe({ id: current.id })
          : null
        : await subscribe({ input: { level, ...target } });
    if (!result?.error) setSaved(level);
  };

  return (
    <div className="watch-control">
      <label htmlFor={id}>{isThread ? t('notifications.watch.thread') : t('notifications.watch.space')}</label>
      <select
        id={id}
        value={value}
        disabled={!data || subscribed.fetching || unsubscribed.fetching}
        onChange={(event) => void choose(event.target.value as WatchLevel | 'DEFAULT')}
      >
        <option value="DEFAULT">{t(levelLabel('DEFAULT'))}</option>
        {/* A level chosen elsewhere (through the API) that this target does not offer still shows. */}
        {[...levels, ...(current && !levels.includes(current.level) ? [current.level] : [])].map((level) => (
          <option key={level} value={level}>
            {t(levelLabel(level))}
          </option>
        ))}
      </select>
      <span className="saved" role="status">
        {saved ? t('notifications.watch.saved', { level: t(levelLabel(saved)) }) : ''}
      </span>
      <ErrorNotice error={subscribed.error ?? unsubscribed.error} />
    </div>
  );
}

/**
 * How closely the signed-in member follows a space or a thread: watching (every post), tracking (new threads),
 * muted, or by default (no subscription of its own: the broader ones decide). Nothing when signed out.
 */
export function WatchControl({ target }: { target: WatchTarget }) {
  const session = useSession();
  return session ? <Control target={target} /> : null;
}
