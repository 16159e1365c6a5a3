import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Raw HTML in a post is shown as text (html: false); markdown-it already refuses javascript:, vbscript:, file: and
// most data: links. The sanitizer then applies an allow-list to the result, so that a bug or a plugin in the
// renderer cannot let anything executable through.
const markdown = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: false });

const ALLOWED_TAGS = [
  'p',
  'br',
  'hr',
  'blockquote',
  'pre',
  'code',
  'em',
  'strong',
  's',
  'del',
  'a',
  'img',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: ALLOWED_TAGS,
  allowedAttributes: {
    a: ['href', 'title', 'rel'],
    img: ['src', 'alt', 'title'],
    code: ['class'],
    th: ['style'],
    td: ['style'],
    ol: ['start'],
  },
  allowedClasses: { code: [/^language-[\w-]+$/] },
  allowedStyles: { th: { 'text-align': [/^(left|right|center)$/] }, td: { 'text-align': [/^(left|right|center)$/] } },
  allowedSchemes: ['http', 'https', 'mailto'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'escape',
  transformTags: {
    a: sanitizeHtml.simpleTransform('a', { rel: 'nofollow noopener noreferrer' }),
    img: (tagName, attribs) => (isForumPath(attribs.src) ? { tagName, attribs } : imageAsLink(attribs)),
  },
};

// A path on this server (`/files/...`), not `//host/...`: the only images a page loads by itself.
const isForumPath = (src: string | undefined): boolean => typeof src === 'string' && /^\/(?![/\\])/.test(src);

/**
 * An image from another host would be fetched by every reader's browser as the page opens, telling that host who
 * reads the thread, from where and when, restricted threads included (a tracking pixel). It becomes a link the
 * reader may follow, or not.
 */
function imageAsLink(attribs: sanitizeHtml.Attributes): sanitizeHtml.Tag {
  const label = attribs.alt?.trim() || attribs.src || 'image';
  return {
    tagName: 'a',
    attribs: {
      href: attribs.src ?? '',
      rel: 'nofollow noopener noreferrer',
      ...(attribs.title ? { title: attribs.title } : {}),
    },
    text: `Image: ${label}`,
  };
}

/** Markdown as written, to HTML that is safe to insert into a page. */
export function renderMarkdown(body: string): string {
  return sanitizeHtml(markdown.render(body), SANITIZE);
}
