import type { MessageKey } from '../../lib/i18n/catalogue';
import type { Translate } from '../../lib/i18n/translate';

/** The API's regions (English continent names, and the groupings of regional offices), as message keys. */
export const REGION_LABELS: Record<string, MessageKey> = {
  Africa: 'offices.region.Africa',
  Asia: 'offices.region.Asia',
  Europe: 'offices.region.Europe',
  Eurasia: 'offices.region.Eurasia',
  'North America': 'offices.region.NorthAmerica',
  'South America': 'offices.region.SouthAmerica',
  Oceania: 'offices.region.Oceania',
  Antarctica: 'offices.region.Antarctica',
  International: 'offices.region.International',
};

/** The regions offices are in, each once, in the order of the labels above (then any the client does not know). */
export function regionsOf(offices: readonly { region?: string | null }[]): string[] {
  const present = new Set(offices.map((office) => office.region).filter((region): region is string => !!region));
  const known = Object.keys(REGION_LABELS).filter((region) => present.has(region));
  return [...known, ...[...present].filter((region) => !(region in REGION_LABELS)).sort()];
}

/** A region in the interface language (the API's own name for one the client does not know). */
export const regionName = (t: Translate, region: string): string => {
  const key = REGION_LABELS[region];
  return key ? t(key) : region;
};
