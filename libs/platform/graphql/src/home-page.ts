import { createHash } from 'node:crypto';
import { Controller, Get, Header, Inject } from '@nestjs/common';
import { Public } from '@forum/core';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';

const STYLE =
  'body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem}code{font-size:.95em}';
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

export function homePage(options: { ide: boolean }): string {
  const ide = options.ide
    ? '<li>Explore the API in the GraphQL IDE: open <a href="/graphql">/graphql</a> in a browser (it works offline).</li>'
    : '<li>The GraphQL IDE is off on this server (production); use the IDE of a development server, or any GraphQL client.</li>';
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <meta name="viewport" content="width=device-width, initial-scale=1" />
  <title>IP Office ICT Forum - API</title>
  <style>${STYLE}</style>
</head>
<body>
  <h1>IP Office ICT Forum</h1>
  <p>This is the API of the IP Office ICT Forum, an open-source forum where intellectual-property offices share ICT
  strategies, technology stacks, roadmaps and lessons learned, following the WIPO CWS/12 recommendations on ICT and IP
  administration. Its web client is served here once built (<code>npm run build:web</code>; <code>npm start</code>
  builds it); this server answers the API at <code>POST /graphql</code>.</p>
  <ul>
    ${ide}
    <li>Documentation: <code>README.md</code> and <code>docs/</code> in the source code (<code>docs/api.md</code>: signing in,
    threads, errors; <code>docs/operations.md</code>: running a server). The schema describes every type and field.</li>
    <li>Health: <a href="/health/live">/health/live</a> and <a href="/health/ready">/health/ready</a>.</li>
  </ul>
</body>
</html>
`;
}

/** GET /: what this server is and where to go from here (when no built web client serves the root). */
@Controller()
export class HomePageController {
  private readonly page: string;

  constructor(@Inject(FORUM_CONFIG) config: ForumConfig) {
    this.page = homePage({ ide: !config.isProduction });
  }

  @Public()
  @Get()
  @Header('content-type', 'text/html; charset=utf-8')
  @Header(
    'content-security-policy',
    `default-src 'none'; style-src 'sha256-${STYLE_HASH}'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`,
  )
  home(): string {
    return this.page;
  }
}
