import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import type { ForumConfig } from '@forum/config';
import { GRAPHIQL_ASSET_PATH } from './graphiql.js';
import { GRAPHQL_PATH } from './graphql-platform.module.js';
import { hasWebClient, isWebClientRequest, serveWebClient, webClientCsp } from './web-client.js';

// Everything the API sends is JSON or a page of its own: nothing may be framed, post forms elsewhere or load from
// another host. The pages widen only what they need (home-page.ts, and the IDE below).
const STRICT_CSP = {
  'default-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
};

// The offline GraphQL IDE: its scripts and styles from this server only (no inline script, no eval), its requests to
// this server only. Inline styles stay allowed: the IDE's components (emotion, radix) add <style> elements at run
// time, and a style cannot run code.
const IDE_CSP = {
  ...STRICT_CSP,
  'script-src': ["'self'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
};

const headers = (directives: Record<string, string[]>) =>
  helmet({ contentSecurityPolicy: { useDefaults: false, directives }, frameguard: { action: 'deny' } });

const isIdeRequest = (req: Request) =>
  req.method === 'GET' && (req.path === GRAPHQL_PATH || req.path.startsWith(`${GRAPHIQL_ASSET_PATH}/`));

export interface HttpSurfaceOptions {
  /** Where the built web client is (dist/apps/web); served at / when it holds one (web-client.ts). */
  webClientDir?: string;
}

/** Origins the web client must fetch from besides this server: the bucket that signed download URLs point to. */
function webClientOrigins(config: ForumConfig): string[] {
  const s3 = config.documents.s3;
  return s3 && s3.signedUrlSeconds > 0 ? [new URL(s3.publicEndpoint).origin] : [];
}

/**
 * The HTTP surface of the API, set on the app before it listens: which proxies to believe (TRUST_PROXY), security
 * headers (helmet: no X-Powered-By, nosniff, no framing, a Content-Security-Policy), CORS for the web clients of
 * CORS_ORIGINS (none by default: browsers then allow same-origin calls only), and the built web client at /.
 */
export function configureHttpSurface(
  app: NestExpressApplication,
  config: ForumConfig,
  options: HttpSurfaceOptions = {},
): void {
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  const strict = headers(STRICT_CSP);
  const ide = headers(IDE_CSP);
  const webClientDir =
    options.webClientDir !== undefined && hasWebClient(options.webClientDir) ? options.webClientDir : null;
  const web = webClientDir !== null;
  const webHeaders = headers(webClientCsp(webClientOrigins(config)));
  app.use((req: Request, res: Response, next: NextFunction) =>
    (isIdeRequest(req) ? ide : web && isWebClientRequest(req) ? webHeaders : strict)(req, res, next),
  );
  // After the headers, so that the client's files and pages carry them too.
  if (webClientDir !== null) serveWebClient(app, webClientDir);
  if (config.corsOrigins.length > 0) {
    app.enableCors({
      origin: config.corsOrigins,
      // Bearer tokens, not cookies: no credentials, so no other site can ride on a member's session.
      credentials: false,
      methods: ['GET', 'POST'],
      allowedHeaders: ['content-type', 'authorization', 'x-request-id', 'apollo-require-preflight'],
      exposedHeaders: ['x-request-id'],
      maxAge: 600,
    });
  }
}
