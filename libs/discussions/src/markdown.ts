import MarkdownIt, { type Token } from 'markdown-it';
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

/**
 * The forum's own file URL, `/api/documents/<uuid>` (the download route of documents, which checks the reader's
 * right to the file on every fetch): the only images a page loads by itself. Any other path of this server is not
 * a file (an `<img>` would make every reader's browser call an API route), and another host is a tracker.
 */
const FORUM_FILE = /^\/api\/documents\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;
const isForumPath = (src: string | undefined): boolean => typeof src === 'string' && FORUM_FILE.test(src);

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

/**
 * The ids of the forum files a post's Markdown shows (`![alt](/api/documents/<id>)`) or links to (`[a](...)`), in
 * the order written, each once: the post keeps these documents (so they do not expire as unattached uploads, and
 * go when the post stops naming them).
 */
export function documentReferences(body: string): string[] {
  const ids = new Set<string>();
  const visit = (tokens: Token[]) => {
    for (const token of tokens) {
      const url =
        token.type === 'image' ? token.attrGet('src') : token.type === 'link_open' ? token.attrGet('href') : null;
      const id = typeof url === 'string' ? FORUM_FILE.exec(url)?.[1] : undefined;
      if (id) ids.add(id.toLowerCase());
      if (token.children) visit(token.children);
    }
  };
  visit(markdown.parse(body, {}));
  return [...ids];
}

/** Markdown as written, to HTML that is safe to insert into a page. */
export function renderMarkdown(body: string): string {
  return sanitizeHtml(markdown.render(body), SANITIZE);
}
