import { LOCALE, type UiLanguage } from './languages';

/** Dates, numbers and lists as the interface language writes them (Intl). */
// WIPO ST.3 codes of regional and international offices; some are also region codes of something else (EA is
// Ceuta and Melilla to Intl, the Eurasian Patent Office to WIPO), so their names come from the API.
const ORGANISATION_CODES = new Set(['AP', 'EA', 'EM', 'EP', 'GC', 'IB', 'OA', 'QZ', 'WO', 'XN', 'XU', 'XV']);

export interface Formats {
  dateTime(iso: string): string;
  date(iso: string): string;
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
    number: (value) => number.format(value),
    list: (items) => list.format(items),
    bytes,
  };
}
