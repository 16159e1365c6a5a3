import type { OfficesService } from '@forum/identity';

/**
 * The office ids an officeCode and/or region filter allows (both: offices that match both), or null when neither is
 * given. An unknown code or region allows none: the list is empty, not unfiltered.
 */
export async function officeIdsFor(
  offices: OfficesService,
  filter: { officeCode?: string | null; region?: string | null },
): Promise<string[] | null> {
  const code = filter.officeCode?.trim() || null;
  const region = filter.region?.trim().toLocaleLowerCase('en') || null;
  if (code === null && region === null) return null;
  const all = await offices.list();
  return all
    .filter((office) => code === null || office.code === code.toUpperCase())
    .filter((office) => region === null || office.region?.toLocaleLowerCase('en') === region)
    .map((office) => office.id);
}
