/** What a post's text mentions: offices as `@DE` (ST.3 code), members as `@[Display Name]`. */
export interface MentionsInText {
  officeCodes: string[];
  displayNames: string[];
}

// Code spans and blocks are quoted text, not mentions.
const CODE = /```[\s\S]*?```|`[^`\n]*`/g;
// A code is two ASCII capitals standing alone: letters of any script around it (`josé@DE.example`, `@DEÜ`) make it
// part of a word or an address, as in `ops@DE.example` or `@DEV`; \w alone knows only ASCII letters.
const OFFICE = /(?<![\p{L}\p{M}\p{N}_@.])@([A-Z]{2})(?![\p{L}\p{M}\p{N}_])/gu;
const MEMBER = /(?<![\p{L}\p{M}\p{N}_@])@\[([^\]\n]{1,100})\]/gu;

export function parseMentions(body: string): MentionsInText {
  const text = body.replace(CODE, ' ');
  const officeCodes = [...new Set([...text.matchAll(OFFICE)].map((m) => m[1]))];
  const displayNames = [...new Set([...text.matchAll(MEMBER)].map((m) => m[1].trim()).filter(Boolean))];
  return { officeCodes, displayNames };
}
