// Documents a few KiB long that would make the server expand fragments exponentially or run thousands of statements.
export function doublingFragments(levels: number): string {
  let query = `query { ...F${levels} } fragment F0 on Query { spaces { slug } }`;
  for (let i = 1; i <= levels; i++) query += ` fragment F${i} on Query { ...F${i - 1} ...F${i - 1} }`;
  return query;
}
export const thousandAliases = `{ ${Array.from({ length: 1_000 }, (_, i) => `a${i}: spaces { slug title }`).join(' ')} }`;
export const introspectionAliases = `{ ${Array.from({ length: 1_500 }, (_, i) => `s${i}: __schema { types { name } }`).join(' ')} }`;
