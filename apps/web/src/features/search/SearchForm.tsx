import { useState, type FormEvent } from 'react';
import type { Language, SearchOptionsQuery, ThreadKind } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { THREAD_KINDS, threadKindLabel } from '../threads/labels';
import { spaceLabel } from './labels';
import { LANGUAGES, type SearchFilters } from './search-params';

export interface SearchFormProps {
  /** What the URL says now; the form starts from it (the page gives it a new key when the URL changes). */
  filters: SearchFilters;
  options: SearchOptionsQuery | undefined;
  onSearch(filters: SearchFilters): void;
}

/** The search box with its syntax, and the filters (applied with the search button). */
export function SearchForm({ filters, options, onSearch }: SearchFormProps) {
  const { t, format } = useI18n();
  const [draft, setDraft] = useState(filters);
  const set = <K extends keyof SearchFilters>(key: K, value: SearchFilters[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const toggleKind = (kind: ThreadKind, on: boolean) =>
    set('kinds', on ? [...draft.kinds, kind] : draft.kinds.filter((k) => k !== kind));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch({ ...draft, query: draft.query.trim() });
  };

  return (
    <form role="search" className="search-form" onSubmit={submit}>
      <div className="field">
        <label htmlFor="search-query">{t('search.label')}</label>
        <p className="hint" id="search-hint">
          {t('search.hint')}
        </p>
        <div className="search-box">
          <input
            id="search-query"
            type="search"
            name="q"
            maxLength={500}
            aria-describedby="search-hint"
            value={draft.query}
            onChange={(event) => set('query', event.target.value)}
          />
          <button type="submit" className="primary">
            {t('search.submit')}
          </button>
        </div>
      </div>
      <details className="search-filters" open={filters.from !== null || filters.to !== null || undefined}>
        <summary>{t('search.filters')}</summary>
        <div className="field-row">
          <div className="field">
            <label htmlFor="search-office">{t('search.filter.office')}</label>
            <select
              id="search-office"
              value={draft.officeCode ?? ''}
              onChange={(event) => set('officeCode', event.target.value || null)}
            >
              <option value="">{t('search.filter.anyOffice')}</option>
              {options?.offices.map((office) => (
                <option key={office.id} value={office.code}>
                  {`${office.code} · ${format.officeName(office)}`}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="search-space">{t('search.filter.space')}</label>
            <select
              id="search-space"
              value={draft.space ?? ''}
              onChange={(event) => set('space', event.target.value || null)}
            >
              <option value="">{t('search.filter.anySpace')}</option>
              {options?.spaces.map((space) => (
                <option key={space.id} value={space.slug}>
                  {spaceLabel(space.slug, t)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="search-language">{t('search.filter.language')}</label>
            <select
              id="search-language"
              value={draft.language ?? ''}
              onChange={(event) => set('language', (event.target.value || null) as Language | null)}
            >
              <option value="">{t('search.filter.anyLanguage')}</option>
              {LANGUAGES.map((language) => (
                <option key={language} value={language}>
                  {format.languageName(language.toLowerCase())}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="search-from">{t('search.filter.from')}</label>
            <input
              id="search-from"
              type="date"
              value={draft.from ?? ''}
              onChange={(event) => set('from', event.target.value || null)}
            />
          </div>
          <div className="field">
            <label htmlFor="search-to">{t('search.filter.to')}</label>
            <input
              id="search-to"
              type="date"
              value={draft.to ?? ''}
              onChange={(event) => set('to', event.target.value || null)}
            />
          </div>
        </div>
        <fieldset className="choices">
          <legend>{t('search.filter.kinds')}</legend>
          <div className="choice-list">
            {THREAD_KINDS.map((kind) => (
              <label key={kind} className="choice">
                <input
                  type="checkbox"
                  checked={draft.kinds.includes(kind)}
                  onChange={(event) => toggleKind(kind, event.target.checked)}
                />{' '}
                {t(threadKindLabel(kind))}
              </label>
            ))}
          </div>
        </fieldset>
      </details>
    </form>
  );
}
