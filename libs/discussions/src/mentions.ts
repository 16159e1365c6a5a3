/** What a post's text mentions: offices as `@DE` (ST.3 code), members as `@[Display Name]`. */
export interface MentionsInText {
  officeCodes: string[];
  displayNames: string[];
}

// Code spans and blocks are quoted text, not mentions.
const CODE = /```[\s\S]*?```|`[^`\n]*`/g;
const OFFICE = /(?<![\w@.])@([A-Z]{2})(?![\w])/g;
const MEMBER = /(?<![\w@])@\[([^\]\n]{1,100})\]/g;

export function parseMentions(body: string): MentionsInText {
  const text = body.replace(CODE, ' ');
  const officeCodes = [...new Set([...text.matchAll(OFFICE)].map((m) => m[1]))];
  const displayNames = [...new Set([...text.matchAll(MEMBER)].map((m) => m[1].trim()).filter(Boolean))];
  return { officeCodes, displayNames };
}
