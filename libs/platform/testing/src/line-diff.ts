/**
 * A unified-style diff of two texts by lines (`-` committed, `+` now), with `context` unchanged lines around each
 * change. Snapshots are a few hundred lines, so the plain LCS table is cheap enough.
 */
export function lineDiff(before: string, after: string, context = 2): string {
  const a = before.split('\n');
  const b = after.split('\n');
  const lcs = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--)
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
  const lines: { mark: ' ' | '-' | '+'; text: string }[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      lines.push({ mark: ' ', text: a[i] });
      i += 1;
      j += 1;
    } else if (i < a.length && (j === b.length || lcs[i + 1][j] >= lcs[i][j + 1])) {
      lines.push({ mark: '-', text: a[i] });
      i += 1;
    } else {
      lines.push({ mark: '+', text: b[j] });
      j += 1;
    }
  }
  const near = (index: number) =>
    lines.slice(Math.max(0, index - context), index + context + 1).some((line) => line.mark !== ' ');
  const out: string[] = [];
  lines.forEach((line, index) => {
    if (near(index)) out.push(`${line.mark} ${line.text}`);
    else if (out.at(-1) !== '  ...') out.push('  ...');
  });
  return out.join('\n');
}
