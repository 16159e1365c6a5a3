import MarkdownIt from 'markdown-it';

// The API's renderer (libs/discussions/src/markdown.ts) with the same options: raw HTML is shown as text and
// markdown-it refuses script links, so the preview is what the post will look like, and as safe to insert. The
// API's sanitizer still decides what is stored; this is only the author's own text shown to the author.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

export const renderPreview = (body: string): string => markdown.render(body);
