import { documentReferences, renderMarkdown } from './markdown.js';

// Loaded after markdown.js: sanitize-html require()s the same ESM-only htmlparser2, and jest's module registry
// refuses a require(esm) of a module that a static import of this file is still linking.
const { Parser } = await import('htmlparser2');

// Known XSS payloads (OWASP cheat sheet and friends), each in Markdown and in raw HTML form.
const PAYLOADS = [
  '<script>alert(1)</script>',
  '<SCRIPT SRC=https://evil.example/xss.js></SCRIPT>',
  '<img src=x onerror=alert(1)>',
  '<svg onload=alert(1)>',
  '<svg><script>alert(1)</script></svg>',
  '<body onload=alert(1)>',
  '<iframe src="javascript:alert(1)"></iframe>',
  '<a href="javascript:alert(1)">x</a>',
  '[click](javascript:alert(1))',
  '[click](JaVaScRiPt:alert(1))',
  '[click](java\tscript:alert(1))',
  '[click](&#106;avascript:alert(1))',
  '[click](vbscript:msgbox(1))',
  '[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
  '![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
  '![x](javascript:alert(1))',
  '<div style="background:url(javascript:alert(1))">x</div>',
  '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
  '<details open ontoggle=alert(1)>',
  '<object data="javascript:alert(1)"></object>',
  '<embed src="javascript:alert(1)">',
  '<form action="javascript:alert(1)"><button>x</button></form>',
  '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">',
  '<link rel="stylesheet" href="javascript:alert(1)">',
  '<style>@import "javascript:alert(1)";</style>',
  '"><script>alert(1)</script>',
  '[x](https://ok.example "title\\" onmouseover=\\"alert(1)")',
  '<a href="https://ok.example" onclick="alert(1)">x</a>',
  '<<script>script>alert(1)<</script>/script>',
  '<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
];

const DANGEROUS_TAGS = new Set([
  'script',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'form',
  'meta',
  'link',
  'style',
  'base',
  'body',
  'details',
  'noscript',
]);
const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'data', 'formaction', 'xlink:href']);

/** Anything a browser would run, found by parsing the HTML as a browser would (entities decoded). */
function executable(html: string): string[] {
  const found: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (DANGEROUS_TAGS.has(name)) found.push(`<${name}>`);
        for (const [attribute, value] of Object.entries(attributes)) {
          if (attribute.startsWith('on')) found.push(`${name}[${attribute}]`);
          if (attribute === 'style' && /url\s*\(|expression/i.test(value)) found.push(`${name}[style]`);
          if (
            URL_ATTRIBUTES.has(attribute) &&
            /^(javascript|vbscript|data):/i.test(value.replace(/[\s\p{Cc}]/gu, ''))
          ) {
            found.push(`${name}[${attribute}=${value}]`);
          }
        }
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  parser.write(html);
  parser.end();
  return found;
}

describe('renderMarkdown', () => {
  it('renders Markdown: emphasis, links, lists, code and tables', () => {
    const html = renderMarkdown(
      '**Elasticsearch** 8 at [WIPO](https://www.wipo.int)\n\n- a\n- b\n\n```ts\nconst x = 1;\n```\n\n| a | b |\n|---|---|\n| 1 | 2 |',
    );
    expect(html).toContain('<strong>Elasticsearch</strong>');
    expect(html).toContain('<a href="https://www.wipo.int" rel="nofollow noopener noreferrer">WIPO</a>');
    expect(html).toContain('<li>a</li>');
    expect(html).toContain('<code class="language-ts">');
    expect(html).toContain('<td>1</td>');
  });

  it('shows raw HTML as text instead of interpreting it', () => {
    expect(renderMarkdown('<b>bold?</b>')).toBe('<p>&lt;b&gt;bold?&lt;/b&gt;</p>\n');
  });

  it.each(PAYLOADS)('leaves nothing executable of %s', (payload) => {
    const html = renderMarkdown(payload);
    expect(executable(html)).toEqual([]);
    expect(executable(renderMarkdown(`text before\n\n${payload}\n\ntext after`))).toEqual([]);
  });

  it('has a detector that does catch executable HTML (so the test above can fail)', () => {
    expect(executable('<img src=x onerror=alert(1)>')).toEqual(['img[onerror]']);
    expect(executable('<a href="javascript:alert(1)">x</a>')).toHaveLength(1);
    expect(executable('<a href="&#106;avascript:alert(1)">x</a>')).toHaveLength(1);
    expect(executable('<script>x</script>')).toEqual(['<script>']);
    expect(executable('<a title="x&quot; onclick=&quot;y">safe</a>')).toEqual([]);
  });
});

describe('images', () => {
  const FILE = '/api/documents/0b7c1e9a-3f4d-4c2b-9a61-5d8e2f7a1c30';

  it("shows images that are the forum's own files (the download route, which checks the reader's right)", () => {
    expect(renderMarkdown(`![diagram](${FILE} "Our stack")`)).toBe(
      `<p><img src="${FILE}" alt="diagram" title="Our stack" /></p>\n`,
    );
  });

  it.each([
    ['https://tracker.example/pixel.gif', 'an outside host'],
    ['http://203.0.113.7/p.png', 'an address'],
    ['//tracker.example/pixel.gif', 'a protocol-relative address'],
    ['/graphql?query=mutation%7BsignOut%7D', 'an API route of the forum that is not a file'],
    ['/files/architecture.png', 'a path that names no document'],
    [`${FILE}/../../uploads`, 'a path beyond a document'],
    [`${FILE}?download=1`, 'a document with a query'],
  ])('turns an image from %s (%s) into a link, so that no reader fetches it unasked', (src) => {
    const html = renderMarkdown(`See ![the chart](${src})`);
    expect(html).not.toContain('<img');
    expect(html).not.toMatch(/src=/);
    if (src.startsWith('http'))
      expect(html).toContain(`<a href="${src}" rel="nofollow noopener noreferrer">Image: the chart</a>`);
  });

  it('leaves no image in raw HTML or reference-style Markdown either', () => {
    const html = renderMarkdown('<img src="https://t.example/x.gif">\n\n![ref][1]\n\n[1]: https://t.example/y.gif');
    expect(html).not.toContain('<img');
  });
});

describe('documentReferences', () => {
  const a = '0b7c1e9a-3f4d-4c2b-9a61-5d8e2f7a1c30';
  const b = 'A1B2C3D4-0000-4000-8000-00000000000B';

  it('names the forum files a post shows or links to, each once, in the order written (ids in lower case)', () => {
    const body = `![chart](/api/documents/${a})\n\nSee [the plan](/api/documents/${b}), again ![x](/api/documents/${a}).`;
    expect(documentReferences(body)).toEqual([a, b.toLowerCase()]);
  });

  it('reads reference-style Markdown and images inside links, lists and tables', () => {
    const body = `[![thumb](/api/documents/${a})][plan]\n\n- ![x][img]\n\n[plan]: https://example.org\n[img]: /api/documents/${b}`;
    expect(documentReferences(body)).toEqual([a, b.toLowerCase()]);
  });

  it('ignores files named in code, outside hosts, and paths that are not a document', () => {
    const body =
      `\`![x](/api/documents/${a})\`\n\n    ![y](/api/documents/${a})\n\n` +
      `![z](https://other.example/api/documents/${a}) ![w](/api/documents/${a}/x) ![v](/files/${a})`;
    expect(documentReferences(body)).toEqual([]);
  });
});
