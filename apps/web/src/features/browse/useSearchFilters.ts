import { useSearchParams } from 'react-router';

/**
 * A page's filters kept in its URL (?office=DE&year=2026): a filtered page can be bookmarked and shared, and the back
 * button undoes a filter. Changing one replaces the history entry rather than adding one per keystroke.
 */
export function useSearchFilters<K extends string>(names: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = Object.fromEntries(names.map((name) => [name, params.get(name) || null])) as Record<K, string | null>;
  const set = (changes: Partial<Record<K, string | null>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes) as [K, string | null | undefined][]) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return [values, set] as const;
}

/** A whole number from a filter's text, or null (an empty or malformed filter is no filter). */
export const wholeNumber = (value: string | null): number | null =>
  value && /^\d{1,6}$/.test(value) ? Number(value) : null;
