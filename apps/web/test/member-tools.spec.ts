import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, type GraphQLEnumType, type GraphQLUnionType } from 'graphql';
import { AUDIT_KINDS, FLAG_STATUSES, ROLES } from '../src/features/admin/labels';
import { REASONS, WATCH_LEVELS } from '../src/features/notifications/labels';
import {
  facetChosen,
  filtersFromParams,
  hasFilters,
  paramsFromFilters,
  toggleFacet,
} from '../src/features/search/search-params';
import { HIT_TYPES } from '../src/features/search/labels';
import { snippetParts } from '../src/features/search/snippet';
import { EMAIL_FREQUENCIES } from '../src/features/settings/labels';
import { CATALOGUES } from '../src/lib/i18n/catalogue';

const schema = buildSchema(readFileSync(join(import.meta.dirname, '../../../schema.gql'), 'utf8'));
const enumValues = (name: string) =>
  (schema.getType(name) as GraphQLEnumType)
    .getValues()
    .map((value) => value.name)
    .sort();

describe('search in the URL', () => {
  it('reads what it understands and leaves out what is malformed', () => {
    const filters = filtersFromParams(
      new URLSearchParams('q= cloud &office=DE&kind=QUESTION&kind=NOPE&kind=QUESTION&lang=xx&from=2026-01-01&to=soon'),
    );
    expect(filters).toEqual({
      query: 'cloud',
      officeCode: 'DE',
      space: null,
      kinds: ['QUESTION'],
      language: null,
      from: '2026-01-01',
      to: null,
    });
    expect(paramsFromFilters(filters).toString()).toBe('q=cloud&office=DE&kind=QUESTION&from=2026-01-01');
    expect(hasFilters(filters)).toBe(true);
    expect(hasFilters(filtersFromParams(new URLSearchParams('q=cloud')))).toBe(false);
  });

  it('turns a facet on and off: kinds add up, the others take one value', () => {
    let filters = filtersFromParams(new URLSearchParams('q=x'));
    filters = toggleFacet(toggleFacet(filters, 'kinds', 'QUESTION'), 'kinds', 'ROADMAP');
    expect(filters.kinds).toEqual(['QUESTION', 'ROADMAP']);
    filters = toggleFacet(filters, 'offices', 'DE');
    filters = toggleFacet(filters, 'offices', 'CN');
    expect(filters.officeCode).toBe('CN');
    expect(facetChosen(filters, 'offices', 'CN')).toBe(true);
    filters = toggleFacet(toggleFacet(filters, 'offices', 'CN'), 'kinds', 'QUESTION');
    expect([filters.officeCode, filters.kinds]).toEqual([null, ['ROADMAP']]);
    expect(toggleFacet(filters, 'languages', 'KLINGON')).toBe(filters);
    expect(toggleFacet(filters, 'languages', 'ZH').language).toBe('ZH');
  });
});

describe('a hit’s snippet', () => {
  it('becomes text parts, the matched words marked, entities read back', () => {
    expect(snippetParts('Moving to <mark>OpenSearch</mark> &amp; &lt;b&gt;more&lt;/b&gt; <mark>search</mark>')).toEqual(
      [
        { text: 'Moving to ', marked: false },
        { text: 'OpenSearch', marked: true },
        { text: ' & <b>more</b> ', marked: false },
        { text: 'search', marked: true },
      ],
    );
  });

  it('never yields markup: anything but <mark> stays text', () => {
    const parts = snippetParts('<img src=x onerror=alert(1)><mark>a</mark>');
    expect(parts).toEqual([
      { text: '<img src=x onerror=alert(1)>', marked: false },
      { text: 'a', marked: true },
    ]);
  });
});

describe('the labels of the API’s values', () => {
  it.each([
    ['Role', ROLES],
    ['FlagStatus', FLAG_STATUSES],
    ['AuditKind', AUDIT_KINDS],
    ['WatchLevel', WATCH_LEVELS],
    ['EmailFrequency', EMAIL_FREQUENCIES],
  ])('list every value of %s', (name, values) => {
    expect([...values].sort()).toEqual(enumValues(name));
  });

  it('name every kind of search hit', () => {
    const union = schema.getType('SearchHit') as GraphQLUnionType;
    expect([...HIT_TYPES].sort()).toEqual(
      union
        .getTypes()
        .map((type) => type.name)
        .sort(),
    );
  });

  it('exist in both catalogues', () => {
    const keys = [
      ...ROLES.map((role) => `admin.role.${role}`),
      ...FLAG_STATUSES.map((status) => `admin.flagStatus.${status}`),
      ...AUDIT_KINDS.map((kind) => `admin.audit.kind.${kind}`),
      ...WATCH_LEVELS.map((level) => `notifications.level.${level}`),
      ...REASONS.map((reason) => `notifications.reason.${reason}`),
      ...EMAIL_FREQUENCIES.map((frequency) => `settings.email.frequency.${frequency}`),
      ...HIT_TYPES.map((type) => `search.hit.${type}`),
    ];
    for (const catalogue of [CATALOGUES.en, CATALOGUES.zh] as Record<string, string>[])
      expect(keys.filter((key) => !(key in catalogue))).toEqual([]);
  });
});
