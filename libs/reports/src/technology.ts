// Technology names as offices write them (" postgresql ", "Elastic  Search"): tidied and de-duplicated here when a
// report is checked; ReportsService then names them as stacks' product names (its alias table), which give the
// stored display names and technology_keys.

/** The display form: trimmed, inner whitespace as one space. */
export const technologyDisplay = (name: string): string => name.trim().replace(/\s+/gu, ' ');

/** The matching key: the display form, Unicode-compatibility-folded and lower-cased. */
export const technologyKey = (name: string): string =>
  technologyDisplay(name).normalize('NFKC').toLocaleLowerCase('en');

/** Names without duplicates (by key), the first spelling of each kept, in the order given. */
export function normaliseTechnologies(names: readonly string[]): { display: string[]; keys: string[] } {
  const seen = new Map<string, string>();
  for (const name of names) {
    const display = technologyDisplay(name);
    const key = technologyKey(display);
    if (key && !seen.has(key)) seen.set(key, display);
  }
  return { display: [...seen.values()], keys: [...seen.keys()] };
}
