import { useMutation } from 'urql';
import { ErrorNotice } from '../common/ErrorNotice';
import { CreateCalendarFeedDocument } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { useSession } from '../../lib/session/useSession';

/**
 * The calendar as an iCalendar feed: anyone may download the public stacks' dates; a member creates a personal
 * address (its token shown once) that shows what the member may see, for a calendar application that cannot sign in.
 */
export function CalendarFeed() {
  const { t } = useI18n();
  const session = useSession();
  const [{ data, error, fetching }, create] = useMutation(CreateCalendarFeedDocument);
  const address = data ? new URL(data.createCalendarFeed.path, window.location.origin).href : null;
  return (
    <section aria-labelledby="feed-heading" className="card feed">
      <h2 id="feed-heading">{t('stacks.calendar.feed')}</h2>
      <p>
        <a href="/api/calendar/decommissions.ics" download>
          {t('stacks.calendar.feedPublic')}
        </a>
      </p>
      {session && (
        <>
          <p className="hint" id="feed-hint">
            {t('stacks.calendar.feedHint')}
          </p>
          <button type="button" onClick={() => void create({})} disabled={fetching} aria-describedby="feed-hint">
            {t('stacks.calendar.feedCreate')}
          </button>
          <ErrorNotice error={error} />
          {address && (
            <div className="field">
              <label htmlFor="feed-address">{t('stacks.calendar.feedAddress')}</label>
              <input id="feed-address" readOnly value={address} onFocus={(event) => event.target.select()} />
            </div>
          )}
        </>
      )}
    </section>
  );
}
