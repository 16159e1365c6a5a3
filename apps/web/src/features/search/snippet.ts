/** A piece of a hit's snippet: plain text, or words the search matched. */
export interface SnippetPart {
  text: string;
  marked: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", apos: "'" };
const unescape = (html: string) =>
  html.replace(/&(amp|lt|gt|quot|#39|#x27|apos);/g, (_whole, name: string) => ENTITIES[name] ?? '');

/**
 * The API's snippet (HTML-escaped text with the matched words in <mark>...</mark>) as text parts, so that the page
 * renders it as React text, never as HTML: whatever else the snippet held would show as text, not run.
 */
export function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  const mark = /<mark>([\s\S]*?)<\/mark>/g;
  let last = 0;
  for (const match of snippet.matchAll(mark)) {
    if (match.index > last) parts.push({ text: unescape(snippet.slice(last, match.index)), marked: false });
    parts.push({ text: unescape(match[1] ?? ''), marked: true });
    last = match.index + match[0].length;
  }
  if (last < snippet.length) parts.push({ text: unescape(snippet.slice(last)), marked: false });
  return parts.filter((part) => part.text !== '');
}
