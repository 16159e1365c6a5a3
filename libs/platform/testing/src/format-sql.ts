// Lays out one SQL statement for reading in review: one clause per line, the items of select lists, SET and
// RETURNING one per line, sub-queries indented by their depth. Only whitespace outside quotes changes, so the text
// stays the statement that was sent. Deterministic, which is all a snapshot needs.

const CLAUSE =
  /^(WITH|SELECT DISTINCT|SELECT|FROM|WHERE|GROUP BY|HAVING|ORDER BY|LIMIT|OFFSET|INSERT INTO|VALUES|UPDATE|DELETE FROM|SET|RETURNING|ON CONFLICT|DO UPDATE SET|UNION ALL|UNION|INNER JOIN|LEFT JOIN|JOIN|FOR UPDATE|FOR NO KEY UPDATE|FOR SHARE)\b/i;
// Clauses whose comma-separated items each get a line.
const LISTS = new Set(['SELECT', 'SELECT DISTINCT', 'SET', 'DO UPDATE SET', 'RETURNING', 'ORDER BY', 'GROUP BY']);

/** The end (exclusive) of the quoted text starting at `start` ('...' with '' escapes, or "..."). */
function quoteEnd(sql: string, start: number): number {
  const quote = sql[start];
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i += 1;
  }
  return sql.length;
}

/** Every run of whitespace outside quotes as one space; no space just inside parentheses. */
function collapse(sql: string): string {
  let out = '';
  for (let i = 0; i < sql.length;) {
    const ch = sql[i];
    if (ch === "'" || ch === '"') {
      const end = quoteEnd(sql, i);
      out += sql.slice(i, end);
      i = end;
    } else if (/\s/.test(ch)) {
      while (i < sql.length && /\s/.test(sql[i])) i += 1;
      if (out && !out.endsWith('(') && sql[i] !== ')' && i < sql.length) out += ' ';
    } else {
      out += ch;
      i += 1;
    }
  }
  return out.trim();
}

export function formatSql(sql: string): string {
  const flat = collapse(sql);
  const lines: string[] = [];
  let line = '';
  let depth = 0;
  const listAt = new Set<number>();
  const breakLine = (indent: number) => {
    if (line.trim()) lines.push(line.trimEnd());
    line = '  '.repeat(indent);
  };
  for (let i = 0; i < flat.length;) {
    const ch = flat[i];
    if (ch === "'" || ch === '"') {
      const end = quoteEnd(flat, i);
      line += flat.slice(i, end);
      i = end;
      continue;
    }
    if (ch === '(' || ch === ')') {
      if (ch === ')') listAt.delete(depth);
      depth = Math.max(0, depth + (ch === '(' ? 1 : -1));
      line += ch;
      i += 1;
      continue;
    }
    if (ch === ',' && listAt.has(depth)) {
      line += ',';
      breakLine(depth + 1);
      i += flat[i + 1] === ' ' ? 2 : 1;
      continue;
    }
    const clause = i === 0 || flat[i - 1] === ' ' || flat[i - 1] === '(' ? CLAUSE.exec(flat.slice(i)) : null;
    if (clause) {
      const keyword = clause[1].toUpperCase().replace(/\s+/g, ' ');
      breakLine(depth);
      line += keyword;
      i += clause[1].length;
      if (LISTS.has(keyword)) {
        listAt.add(depth);
        breakLine(depth + 1);
        if (flat[i] === ' ') i += 1;
      } else listAt.delete(depth);
      continue;
    }
    line += ch;
    i += 1;
  }
  breakLine(0);
  return lines.join('\n');
}
