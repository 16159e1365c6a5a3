/**
 * The token of an invitation or reset link: `#token=...` (a fragment never reaches server logs or Referer
 * headers), or `?token=...`.
 */
export function tokenFromLocation(location: { hash: string; search: string }): string {
  const fromHash = new URLSearchParams(location.hash.replace(/^#/, '')).get('token');
  return fromHash ?? new URLSearchParams(location.search).get('token') ?? '';
}
