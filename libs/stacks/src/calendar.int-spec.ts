import ICAL from 'ical.js';
import { component, publish, startStacksForum, type StacksForum } from './testing/stacks.fixture.js';

const CALENDAR = `query Calendar($from: String!, $to: String!) {
  decommissionCalendar(from: $from, to: $to) {
    office { code } layer product version date reason successor obsolescenceWarning
    roadmapItem { title action targetDate }
  }
}`;

type Entry = {
  office: { code: string };
  product: string;
  date: string;
  reason: string;
  successor: string | null;
  obsolescenceWarning: boolean;
  roadmapItem: { title: string; action: string } | null;
};

describe('the decommission calendar', () => {
  let forum: StacksForum;
  let us: string;

  const calendar = async (token: string | undefined, from: string, to: string) =>
    (await forum.as(token).data<{ decommissionCalendar: Entry[] }>(CALENDAR, { from, to })).decommissionCalendar;
  const ics = (query: string, headers: Record<string, string> = {}) =>
    fetch(`${forum.api.url}/api/calendar/decommissions.ics${query}`, { headers });
  const events = (text: string) =>
    new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((vevent) => {
      const event = new ICAL.Event(vevent);
      return { date: event.startDate.toString(), summary: event.summary, uid: event.uid };
    });

  beforeAll(async () => {
    forum = await startStacksForum();
    const de = await forum.member('DE');
    const fr = await forum.member('FR');
    const no = await forum.member('NO');
    us = await forum.member('US');
    await publish(forum, de, {
      components: [
        component({
          product: 'Oracle',
          version: '19c',
          status: 'DECOMMISSIONING',
          decommissionBy: '2027-03-31',
          vendorEndOfSupport: '2026-12-31',
          successor: 'Postgres',
        }),
        component({ product: 'PostgreSQL', status: 'PILOT' }),
        component({ layer: 'search', product: 'Solr', status: 'RETIRED', decommissionBy: '2026-06-30' }),
        component({ layer: 'filing', product: 'ePCT bridge', status: 'DECOMMISSIONING', decommissionBy: '2027-12-31' }),
      ],
      roadmap: [
        { title: 'Upgrade PostgreSQL', component: 'PostgreSQL', targetDate: '2026-09-30', action: 'UPGRADE' },
        { title: 'Move off Oracle', component: 'Oracle Database', targetDate: '2027-03-31', action: 'DECOMMISSION' },
      ],
    });
    await publish(forum, fr, {
      components: [
        component({
          product: 'WebLogic',
          status: 'PHASE_OUT',
          decommissionBy: '2028-01-01',
          vendorEndOfSupport: '2027-05-01',
        }),
      ],
    });
    // NO's stack is shared with FR only: US may not see its retirement.
    await publish(forum, no, {
      components: [component({ product: 'Documentum', status: 'DECOMMISSIONING', decommissionBy: '2027-09-30' })],
      visibility: 'OFFICES',
      sharedWith: ['FR'],
    });
  });
  afterAll(() => forum.close());

  it('returns exactly the retirements and ends of support of 2027 the caller may see', async () => {
    const entries = await calendar(us, '2027-01-01', '2027-12-31');
    expect(entries.map((e) => [e.office.code, e.product, e.date, e.reason])).toEqual([
      ['DE', 'Oracle Database', '2027-03-31', 'OFFICE_RETIREMENT'],
      ['FR', 'Oracle WebLogic', '2027-05-01', 'VENDOR_END_OF_SUPPORT'],
      ['DE', 'ePCT bridge', '2027-12-31', 'OFFICE_RETIREMENT'],
    ]);
    const oracle = entries[0];
    expect(oracle.successor).toBe('Postgres');
    expect(oracle.roadmapItem).toMatchObject({ title: 'Move off Oracle', action: 'DECOMMISSION' });
    // Vendor support ends (2026-12-31) before the planned retirement: an obsolescence warning.
    expect(oracle.obsolescenceWarning).toBe(true);
    expect(entries[1].obsolescenceWarning).toBe(true);
    expect(entries[2].obsolescenceWarning).toBe(false);

    const seenByFr = await calendar(await forum.member('FR'), '2027-01-01', '2027-12-31');
    expect(seenByFr.map((e) => e.office.code)).toEqual(['DE', 'FR', 'NO', 'DE']);
  });

  it('serves the same events as an iCalendar feed, by bearer token or personal feed token', async () => {
    const expected = (await calendar(us, '2027-01-01', '2027-12-31')).map((e) => e.date);

    const byBearer = await ics('?from=2027-01-01&to=2027-12-31', { authorization: `Bearer ${us}` });
    expect(byBearer.status).toBe(200);
    expect(byBearer.headers.get('content-type')).toContain('text/calendar');
    const bearerEvents = events(await byBearer.text());
    expect(bearerEvents.map((e) => e.date)).toEqual(expected);
    expect(bearerEvents[0].summary).toBe('DE retires Oracle Database 19c (database)');
    expect(new Set(bearerEvents.map((e) => e.uid)).size).toBe(3);

    const { createCalendarFeed } = await forum
      .as(us)
      .data<{ createCalendarFeed: { token: string; path: string } }>('mutation { createCalendarFeed { token path } }');
    expect(createCalendarFeed.path).toBe(`/api/calendar/decommissions.ics?token=${createCalendarFeed.token}`);
    const byFeed = await ics(`?token=${createCalendarFeed.token}&from=2027-01-01&to=2027-12-31`);
    expect(events(await byFeed.text())).toEqual(bearerEvents.map((e) => ({ ...e })));
  });

  it('shows an anonymous caller only public stacks, and refuses an unknown feed token or a bad range', async () => {
    const anonymous = await ics('?from=2027-01-01&to=2027-12-31');
    expect(anonymous.status).toBe(200);
    expect(events(await anonymous.text())).toEqual([]);
    expect((await ics(`?token=${'x'.repeat(43)}`)).status).toBe(401);
    const bad = await ics('?from=2027-13-01&to=2027-12-31', { authorization: `Bearer ${us}` });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const reversed = await forum.as(us).request(CALENDAR, { from: '2027-12-31', to: '2027-01-01' });
    expect(reversed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
