import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import { Controller, Get, Inject, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';
import { FORUM_CONFIG, type ForumConfig } from '@forum/config';
import { Public } from '@forum/core';

const require = createRequire(import.meta.url);

// The IDE's files come from the installed npm packages, never from a CDN: offices behind firewalls
// (and machines without internet) must be able to explore the API.
const ASSETS: Record<string, { pkg: string; file: string; type: string }> = {
  'react.js': { pkg: 'react', file: 'umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { pkg: 'react-dom', file: 'umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { pkg: 'graphiql', file: 'graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { pkg: 'graphiql', file: 'graphiql.min.css', type: 'text/css' },
};

// Packages' "exports" hide their UMD builds from require.resolve; their package.json is always exported.
const assetPath = (asset: { pkg: string; file: string }) =>
  join(dirname(require.resolve(`${asset.pkg}/package.json`)), asset.file);

export const GRAPHIQL_ASSET_PATH = '/graphiql-assets';

// The page's own script, served as a file: the IDE page's Content-Security-Policy allows no inline script.
const START_SCRIPT = `const root = document.getElementById('graphiql');
const fetcher = GraphiQL.createFetcher({ url: root.dataset.endpoint });
const defaultQuery = '# Welcome to the IP Office ICT Forum API.\\n# Sign in with the signIn mutation, then add {"Authorization": "Bearer <accessToken>"} under Headers.\\n\\nquery Catalogue {\\n  recommendations {\\n    number\\n    title\\n    space { slug }\\n  }\\n}\\n';
ReactDOM.createRoot(root).render(React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }));
`;

@Controller(GRAPHIQL_ASSET_PATH.slice(1))
export class GraphiqlAssetsController {
  private readonly ide: boolean;

  constructor(@Inject(FORUM_CONFIG) config: ForumConfig) {
    // Production serves no IDE (and its image leaves the IDE's packages out).
    this.ide = !config.isProduction;
  }

  @Public()
  @Get(':file')
  serve(@Param('file') file: string, @Res() res: Response): void {
    if (this.ide && file === 'start.js') {
      res.type('text/javascript').set('Cache-Control', 'no-cache').send(START_SCRIPT);
      return;
    }
    const asset = ASSETS[file];
    if (!asset || !this.ide) throw new NotFoundException();
    res.type(asset.type).set('Cache-Control', 'public, max-age=86400').sendFile(assetPath(asset));
  }
}

export function graphiqlPage(endpoint: string): string {
  return `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8" />
  <title>IP Office ICT Forum - GraphQL</title>
  <style>body { margin: 0; height: 100vh; } #graphiql { height: 100vh; }</style>
  <link rel="stylesheet" href="${GRAPHIQL_ASSET_PATH}/graphiql.css" />
</head>
<body>
  <div id="graphiql" data-endpoint="${encodeURI(endpoint)}">Loading GraphiQL, the GraphQL IDE...</div>
  <script src="${GRAPHIQL_ASSET_PATH}/react.js"></script>
  <script src="${GRAPHIQL_ASSET_PATH}/react-dom.js"></script>
  <script src="${GRAPHIQL_ASSET_PATH}/graphiql.js"></script>
  <script src="${GRAPHIQL_ASSET_PATH}/start.js"></script>
</body>
</html>`;
}

/** Serves the offline GraphiQL page on GET /graphql in place of Apollo's online landing page. */
export function graphiqlLandingPage(endpoint: string): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          return { html: graphiqlPage(endpoint) };
        },
      };
    },
  };
}
