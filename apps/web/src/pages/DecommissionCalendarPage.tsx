import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../app/paths';
import '../features/browse/browse.css';
import { useSearchFilters } from '../features/browse/useSearchFilters';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { usePageTitle } from '../features/common/usePageTitle';
import { CalendarFeed } from '../features/stacks/CalendarFeed';
import { reasonLabel, roadmapActionLabel } from '../features/stacks/labels';
import { StacksNav } from '../features/stacks/StacksNav';
import { DecommissionCalendarDocument, type DecommissionCalendarQuery } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';

type Entry = DecommissionCalendarQuery['decommissionCalendar'][number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Today and five years on, as the API's iCalendar feed defaults (calendar dates, UTC). */
function defaultRange(): { from: string; to: string } {
  const today = new Date().toISOString().slice(0, 10);
  const monthDay = today.slice(4) === '-02-29' ? '-02-28' : today.slice(4);
  return { from: today, to: `${Number(today.slice(0, 4)) + 5}${monthDay}` };
}

/** Retirements and vendors' ends of support across the stacks the reader may see, month by month. */
export default function DecommissionCalendarPage() {
  const { t, format } = useI18n();
  usePageTitle(t('stacks.calendar.title'));
  const [range, setRange] = useSearchFilters(['from', 'to'] as const);
  const fallback = defaultRange();
  const from = range.from && ISO_DATE.test(range.from) ? range.from : fallback.from;
  const to = range.to && ISO_DATE.test(range.to) ? range.to : fallback.to;
  const [fromDraft, setFromDraft] = useState(from);
  const [toDraft, setToDraft] = useState(to);
  const [{ data, error, fetching }] = useQuery({ query: DecommissionCalendarDocument, variables: { from, to } });

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setRange({ from: fromDraft || null, to: toDraft || null });
  };
  const entries = data?.decommissionCalendar;
  const months = new Map<string, Entry[]>();
  for (const entry of entries ?? []) {
    const month = entry.date.slice(0, 7);
    months.set(month, [...(months.get(month) ?? []), entry]);
  }

  return (
    <div className="page">
      <StacksNav />
      <h1>{t('stacks.calendar.title')}</h1>
      <p className="lead">{t('stacks.calendar.intro')}</p>
      <form className="filters" aria-label={t('stacks.calendar.range')} onSubmit={submit}>
        <div className="field">
          <label htmlFor="calendar-from">{t('stacks.calendar.from')}</label>
          <input id="calendar-from" type="date" value={fromDraft} onChange={(e) => setFromDraft(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor="calendar-to">{t('stacks.calendar.to')}</label>
          <input id="calendar-to" type="date" value={toDraft} onChange={(e) => setToDraft(e.target.value)} />
        </div>
        <button type="submit">{t('stacks.calendar.show')}</button>
      </form>

      {!entries && (fetching ? <Loading /> : <ErrorNotice error={error} />)}
      {entries && <ErrorNotice error={error} />}
      {entries && (
        <p className="count" role="status">
          {t.plural('stacks.calendar.count', entries.length)}
        </p>
      )}
      {entries?.length === 0 && <p className="empty">{t('stacks.calendar.empty')}</p>}
      {[...months].map(([month, monthEntries]) => (
        <section key={month} aria-labelledby={`month-${month}`} className="calendar-month">
          <h2 id={`month-${month}`}>{format.month(`${month}-01`)}</h2>
          <div className="table-scroll">
            <table className="data-table">
              <thead>
                <tr>
                  <th scope="col">{t('stacks.calendar.date')}</th>
                  <th scope="col">{t('stacks.calendar.what')}</th>
                  <th scope="col">{t('stacks.calendar.office')}</th>
                  <th scope="col">{t('stacks.calendar.reason')}</th>
                  <th scope="col">{t('stacks.calendar.next')}</th>
                </tr>
              </thead>
              <tbody>
                {monthEntries.map((entry, index) => {
                  const reason = reasonLabel(entry.reason);
                  const action = entry.roadmapItem && roadmapActionLabel(entry.roadmapItem.action);
                  return (
                    <tr key={index}>
                      <td>{format.day(entry.date)}</td>
                      <th scope="row">
                        {entry.product}
                        {entry.version && ` ${entry.version}`} <span className="column-note">{entry.layer}</span>
                      </th>
                      <td>
                        <Link to={paths.techStack(entry.office.code)}>
                          {entry.office.code} · {format.officeName(entry.office)}
                        </Link>
                      </td>
                      <td>
                        {reason ? t(reason) : entry.reason}
                        {entry.obsolescenceWarning && (
                          <span className="badge warning"> {t('stacks.obsolescence')}</span>
                        )}
                      </td>
                      <td>
                        {entry.successor && <div>{t('stacks.calendar.successor', { product: entry.successor })}</div>}
                        {entry.roadmapItem && (
                          <div>
                            {t('stacks.calendar.roadmapItem', {
                              title: entry.roadmapItem.title,
                              action: action ? t(action) : entry.roadmapItem.action,
                              date: format.day(entry.roadmapItem.targetDate),
                            })}
                          </div>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
      ))}
      <CalendarFeed />
    </div>
  );
}
