import { useMemo } from 'react';
import { renderPreview } from '../threads/markdown-preview';

/**
 * Markdown a member wrote (a strategy's text, a report's outcome), rendered as the API renders posts: raw HTML shown
 * as text and script links refused by markdown-it, so the HTML is safe to insert. Used by pages that are chunks of
 * their own, so markdown-it is loaded with them, never with the first page.
 */
export function Markdown({ text, className }: { text: string; className?: string }) {
  const html = useMemo(() => renderPreview(text), [text]);
  return <div className={`post-body ${className ?? ''}`} dangerouslySetInnerHTML={{ __html: html }} />;
}
