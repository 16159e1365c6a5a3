import { LOCALE, type UiLanguage } from './languages';

/** Dates, numbers and lists as the interface language writes them (Intl). */
// WIPO ST.3 codes of regional and international offices; some are also region codes of something else (EA is
// Ceuta and Melilla to Intl, the Eurasian Patent Office to WIPO), so their names come from the API.
const ORGANISATION_CODES = new Set(['AP', 'EA', 'EM', 'EP', 'GC', 'IB', 'OA', 'QZ', 'WO', 'XN', 'XU', 'XV']);

export interface Formats {
  dateTime(iso: string): string;
  date(iso: string): string;
  /** A calendar date of the API ("2027-03-31"), as that day wherever the reader is (no time zone shift). */
  day(isoDate: string): string;
  /** The month of a calendar date ("March 2027"), for headings of a calendar. */
  month(isoDate: string): string;
  /** A year ("2027"; "2027年" in Chinese), never with a thousands separator. */
  year(year: number): string;
  /** A span of years ("2025–2029"). */
  years(start: number, end: number): string;
  number(value: number): string;
  list(items: string[]): string;
  bytes(size: number): string;
  /** A language's name in the interface language ("zh" is 中文 in Chinese, "Chinese" in English). */
  languageName(code: string): string;
  /**
   * An office by its WIPO ST.3 code: the country's name in the interface language where the code is a country's,
   * else the API's name (regional and international offices such as EP or WO).
   */
  officeName(office: { code: string; name: string }): string;
}

export function formats(language: UiLanguage): Formats {
  const locale = LOCALE[language];
  const dateTime = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });
  const date = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  const number = new Intl.NumberFormat(locale);
  // Calendar dates carry no time: read and written in UTC so that the day is the same in every time zone.
  const day = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' });
  const year = new Intl.DateTimeFormat(locale, { year: 'numeric', timeZone: 'UTC' });
  const yearDate = (value: number) => new Date(Date.UTC(value, 0, 1));
  const list = new Intl.ListFormat(locale, { type: 'conjunction', style: 'short' });
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  const bytes = (size: number) => {
    let value = size;
    let unit = 0;
    while (value >= 1024 && unit < units.length - 1) {
      value /= 1024;
      unit++;
    }
    return new Intl.NumberFormat(locale, {
      style: 'unit',
      unit: units[unit],
      unitDisplay: 'short',
      maximumFractionDigits: unit === 0 ? 0 : 1,
    }).format(value);
  };
  const languages = new Intl.DisplayNames(locale, { type: 'language' });
  const regions = new Intl.DisplayNames(locale, { type: 'region', fallback: 'none' });
  const regionName = (code: string) => {
    try {
      return regions.of(code);
    } catch {
      return undefined;
    }
  };
  return {
    languageName: (code) => languages.of(code.toLowerCase()) ?? code,
    officeName: (office) =>
      language === 'en' || ORGANISATION_CODES.has(office.code) ? office.name : (regionName(office.code) ?? office.name),
    dateTime: (iso) => dateTime.format(new Date(iso)),
    date: (iso) => date.format(new Date(iso)),
    day: (isoDate) => day.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    month: (isoDate) => month.format(new Date(`${isoDate.slice(0, 10)}T00:00:00Z`)),
    year: (value) => year.format(yearDate(value)),
    years: (start, end) => year.formatRange(yearDate(start), yearDate(end)),
    number: (value) => number.format(value),
    list: (items) => list.format(items),
    bytes,
  };
}
