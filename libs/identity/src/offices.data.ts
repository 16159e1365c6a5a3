import { continents, countries } from 'countries-list';
import isoCountries from 'i18n-iso-countries';

export interface OfficeSeed {
  code: string;
  name: string;
  region: string | null;
}

/**
 * The regional and international offices of WIPO ST.3, which no country list knows.
 * Their region is the grouping they serve.
 */
export const REGIONAL_OFFICES: readonly OfficeSeed[] = [
  { code: 'AP', name: 'African Regional Intellectual Property Organization (ARIPO)', region: 'Africa' },
  { code: 'OA', name: 'African Intellectual Property Organization (OAPI)', region: 'Africa' },
  { code: 'EA', name: 'Eurasian Patent Organization (EAPO)', region: 'Eurasia' },
  { code: 'EP', name: 'European Patent Office (EPO)', region: 'Europe' },
  { code: 'EM', name: 'European Union Intellectual Property Office (EUIPO)', region: 'Europe' },
  { code: 'BX', name: 'Benelux Office for Intellectual Property (BOIP)', region: 'Europe' },
  { code: 'XN', name: 'Nordic Patent Institute (NPI)', region: 'Europe' },
  { code: 'XV', name: 'Visegrad Patent Institute (VPI)', region: 'Europe' },
  {
    code: 'GC',
    name: 'Patent Office of the Cooperation Council for the Arab States of the Gulf (GCC Patent Office)',
    region: 'Asia',
  },
  {
    code: 'WO',
    name: 'World Intellectual Property Organization (WIPO), International Bureau',
    region: 'International',
  },
];

// ISO 3166-1 territories without inhabitants, hence without an IP office.
const UNINHABITED = new Set(['AQ', 'BV', 'HM', 'GS', 'TF', 'UM']);

/**
 * Every national office by its ST.3 code (the ISO 3166-1 alpha-2 code of its country), named from
 * i18n-iso-countries and placed in its continent from countries-list, plus the regional and international ones.
 */
export function officeSeeds(): OfficeSeed[] {
  const names = isoCountries.getNames('en', { select: 'official' });
  const national = Object.entries(names)
    .filter(([code]) => !UNINHABITED.has(code))
    .map(([code, name]): OfficeSeed => {
      const continent = countries[code as keyof typeof countries]?.continent;
      return { code, name, region: continent ? continents[continent] : null };
    });
  const regionalCodes = new Set(REGIONAL_OFFICES.map((office) => office.code));
  return [...national.filter((office) => !regionalCodes.has(office.code)), ...REGIONAL_OFFICES].sort((a, b) =>
    a.code.localeCompare(b.code),
  );
}
