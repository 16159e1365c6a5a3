/**
 * What a member types in the search box, taken apart: filters typed the way Discourse and GitHub users type them
 * (`office:DE`, `in:recommendation-8`, `kind:report`, `before:2026-01-01`, `after:...`, `lang:zh`) and the text,
 * which PostgreSQL's websearch_to_tsquery reads (quoted phrases, `-word`, `OR`) once CJK runs are turned into the
 * bigram phrases the index holds (see search_text in the Search migration: both sides must cut text the same way).
 */
export interface TypedQuery {
  /** The text for websearch_to_tsquery, CJK runs as quoted bigram phrases. */
  text: string;
  /** One or two plain words (no operators, no CJK): typo-tolerant matching on titles applies. */
  short: string | null;
  office: string | null;
  space: string | null;
  kind: string | null;
  language: string | null;
  before: string | null;
  after: string | null;
}

const CJK_RUN = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff]+/gu;
const FILTER = /(^|\s)(office|in|kind|lang|before|after):("[^"]*"|\S+)/giu;

/** A CJK run as its overlapping bigrams ("数字化" → "数字 字化"); a single character stays as it is. */
export function cjkBigrams(run: string): string {
  const chars = [...run];
  if (chars.length === 1) return run;
  return chars
    .slice(0, -1)
    .map((char, i) => char + chars[i + 1])
    .join(' ');
}

/** CJK runs as bigram phrases: quoted outside a quoted phrase, plain inside one (the phrase keeps their order). */
export function withCjkBigrams(text: string): string {
  let out = '';
  let quoted = false;
  let last = 0;
  for (const match of text.matchAll(CJK_RUN)) {
    const before = text.slice(last, match.index);
    quoted = (before.split('"').length - 1) % 2 === 1 ? !quoted : quoted;
    const bigrams = cjkBigrams(match[0]);
    // Outside quotes the bigrams become a phrase; a `-` right before the run still excludes it.
    out += before + (quoted ? ` ${bigrams} ` : `${/(^|[\s-])$/u.test(before) ? '' : ' '}"${bigrams}" `);
    last = match.index + match[0].length;
  }
  return (out + text.slice(last)).replace(/\s+/gu, ' ').trim();
}

export function parseQuery(query: string): TypedQuery {
  const filters: Record<string, string> = {};
  const rest = query.replace(FILTER, (_all, lead: string, name: string, value: string) => {
    filters[name.toLowerCase()] = value.replace(/^"|"$/gu, '');
    return lead;
  });
  const plain = rest.replace(/\s+/gu, ' ').trim();
  const words = plain.split(' ').filter(Boolean);
  const short =
    words.length >= 1 &&
    words.length <= 2 &&
    words.every((word) => /^[\p{L}\p{N}][\p{L}\p{N}.-]*$/u.test(word) && word !== 'OR') &&
    !CJK_RUN.test(plain)
      ? plain
      : null;
  CJK_RUN.lastIndex = 0;
  return {
    text: withCjkBigrams(plain),
    short,
    office: filters.office ?? null,
    space: filters.in ?? null,
    kind: filters.kind ?? null,
    language: filters.lang ?? null,
    before: filters.before ?? null,
    after: filters.after ?? null,
  };
}
