import { createRequire } from 'node:module';
import type { ApolloServerPlugin } from '@apollo/server';
import { Controller, Get, NotFoundException, Param, Res } from '@nestjs/common';
import type { Response } from 'express';

const require = createRequire(import.meta.url);

// The IDE's files come from the installed npm packages, never from a CDN: offices behind firewalls
// (and machines without internet) must be able to explore the API.
const ASSETS: Record<string, { module: string; type: string }> = {
  'react.js': { module: 'react/umd/react.production.min.js', type: 'text/javascript' },
  'react-dom.js': { module: 'react-dom/umd/react-dom.production.min.js', type: 'text/javascript' },
  'graphiql.js': { module: 'graphiql/graphiql.min.js', type: 'text/javascript' },
  'graphiql.css': { module: 'graphiql/graphiql.min.css', type: 'text/css' },
};

export const GRAPHIQL_ASSET_PATH = '/graphiql-assets';

@Controller(GRAPHIQL_ASSET_PATH.slice(1))
export class GraphiqlAssetsController {
  @Get(':file')
  serve(@Param('file') file: string, @Res() res: Response): void {
    const asset = ASSETS[file];
    if (!asset) throw new NotFoundException();
    res.type(asset.type).set('Cache-Control', 'public, max-age=86400').sendFile(require.resolve(asset.module));
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
  <div id="graphiql">Loading the GraphQL IDE...</div>
  <script src="${GRAPHIQL_ASSET_PATH}/react.js"></script>
  <script src="${GRAPHIQL_ASSET_PATH}/react-dom.js"></script>
  <script src="${GRAPHIQL_ASSET_PATH}/graphiql.js"></script>
  <script>
    const fetcher = GraphiQL.createFetcher({ url: ${JSON.stringify(endpoint)} });
    const defaultQuery = '# Welcome to the IP Office ICT Forum API.\\n# Sign in with the signIn mutation, then add {"Authorization": "Bearer <accessToken>"} under Headers.\\n\\nquery Catalogue {\\n  recommendations {\\n    number\\n    title\\n    space { slug }\\n  }\\n}\\n';
    ReactDOM.createRoot(document.getElementById('graphiql')).render(
      React.createElement(GraphiQL, { fetcher, defaultQuery, defaultEditorToolsVisibility: true }),
    );
  </script>
</body>
</html>`;
}

/** Serves the offline GraphiQL page on GET /graphql in place of Apollo's online landing page. */
export function graphiqlLandingPage(endpoint: string): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return { async renderLandingPage() { return { html: graphiqlPage(endpoint) }; } };
    },
  };
}
