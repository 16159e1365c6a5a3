import { DiffLineKind } from './dto/strategy.model.js';

const MAX_CELLS = 4_000_000;

/**
 * The lines of `before` and `after` in order, each kept, removed or added: a longest-common-subsequence diff. Texts
 * are at most 64 KiB; past MAX_CELLS of table (two texts of 2,000 lines) the whole text shows as removed then added.
 */
export function lineDiff(before: string, after: string): { kind: DiffLineKind; text: string }[] {
  const a = before.split('\n');
  const b = after.split('\n');
  if (a.length * b.length > MAX_CELLS)
    return [
      ...a.map((text) => ({ kind: DiffLineKind.REMOVED, text })),
      ...b.map((text) => ({ kind: DiffLineKind.ADDED, text })),
    ];
  // lcs[i][j]: the length of the longest common subsequence of a[i..] and b[j..].
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1)
    for (let j = b.length - 1; j >= 0; j -= 1)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const lines: { kind: DiffLineKind; text: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      lines.push({ kind: DiffLineKind.SAME, text: a[i] });
      i += 1;
      j += 1;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) lines.push({ kind: DiffLineKind.REMOVED, text: a[i++] });
    else lines.push({ kind: DiffLineKind.ADDED, text: b[j++] });
  }
  while (i < a.length) lines.push({ kind: DiffLineKind.REMOVED, text: a[i++] });
  while (j < b.length) lines.push({ kind: DiffLineKind.ADDED, text: b[j++] });
  return lines;
}
