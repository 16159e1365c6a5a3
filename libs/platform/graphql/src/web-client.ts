import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { GRAPHIQL_ASSET_PATH } from './graphiql.js';
import { GRAPHQL_PATH } from './graphql-platform.module.js';

// Paths that belong to the API: never answered with the web client's page, whatever the browser accepts.
const API_PATHS = [GRAPHQL_PATH, '/api', '/health', '/socket.io', GRAPHIQL_ASSET_PATH];

/** Whether a request is for the web client (its files, or one of its pages) rather than for the API. */
export function isWebClientRequest(req: Request): boolean {
  if (req.method !== 'GET' && req.method !== 'HEAD') return false;
  return !API_PATHS.some((path) => req.path === path || req.path.startsWith(`${path}/`));
}

/**
 * The web client's Content-Security-Policy: its scripts and styles are files of this server (no inline script, no
 * eval, no inline style element), it talks to this server only (GraphQL, uploads, socket.io), and shows images of
 * this server (posts' images from elsewhere are links, see discussions' Markdown) or made in the page (data:, blob:).
 * `connectTo` adds origins it must fetch from (the S3 bucket of signed download URLs).
 */
export function webClientCsp(connectTo: string[] = []): Record<string, string[]> {
  return {
    'default-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
    'script-src': ["'self'"],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...connectTo],
    'manifest-src': ["'self'"],
  };
}

/** Whether `dir` holds a built web client. */
export const hasWebClient = (dir: string): boolean => existsSync(join(dir, 'index.html'));

/**
 * Serves the built web client (`npm run build:web`, dist/apps/web) from `dir` when it holds one: its hashed assets
 * cached for a year, and index.html for every page of the client (the client's router decides; an unknown path is
 * its "not found" page), never cached, so a deployment is seen at the next visit. Without a built client nothing is
 * served here and GET / is the API's own page (the caller checks hasWebClient first).
 */
export function serveWebClient(app: NestExpressApplication, dir: string): void {
  const index = join(dir, 'index.html');
  app.useStaticAssets(dir, {
    index: false,
    redirect: false,
    fallthrough: true,
    setHeaders(res, path) {
      const hashed = path.startsWith(join(dir, 'assets'));
      res.setHeader('cache-control', hashed ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.use((req: Request, res: Response, next: NextFunction) => {
    // A page of the client is asked for by a browser navigating (Accept: text/html); anything else falls through to
    // the API's routes (and their 404); so does a missing file (a path with an extension), which must not be
    // answered with a page.
    if (!isWebClientRequest(req) || /\.\w+$/.test(req.path) || req.accepts(['html', 'json']) !== 'html') return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
