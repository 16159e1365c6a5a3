import 'reflect-metadata';
import { fileURLToPath } from 'node:url';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { ConfigError, loadConfig, type ForumConfig } from '@forum/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@forum/database';
import { configureHttpSurface } from '@forum/graphql';
import { createLogger, NestPinoLogger } from '@forum/observability';
import { AppModule } from './app.module.js';
import { localSigningKey } from './signing-key.js';

// The web client as `npm run build:web` writes it, next to this file's build (dist/apps/api/src/main.js); served at /
// when built, unless started with --no-web-client (an API-only server: GET / is then the API's own page).
const WEB_CLIENT_DIR = fileURLToPath(new URL('../../web/', import.meta.url));

function readConfig(): ForumConfig {
  try {
    return loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}

async function main(): Promise<void> {
  let config = readConfig();
  const logger = createLogger(config);
  const emitSchemaOnly = process.argv.includes('--emit-schema');
  let embedded: EmbeddedDatabase | undefined;
  let app: NestExpressApplication | undefined;

  const stop = async (): Promise<void> => {
    await app?.close().catch((error: unknown) => logger.error({ err: error }, 'error while closing the API'));
    await embedded?.stop();
  };

  // A signal during start-up is handled once the API listens; until then the default ends the process.
  let stopping = false;
  const fail = (error: Error) => {
    if (stopping) return;
    stopping = true;
    logger.fatal({ err: error }, `the API stops: ${error.message}`);
    // Exit non-zero so that a supervisor (systemd, Docker, Kubernetes) starts the API and its database again.
    void stop().finally(() => process.exit(1));
  };

  try {
    if (!config.jwtSecret && !config.isProduction)
      config = { ...config, jwtSecret: await localSigningKey(config.dataDir) };
    if (!config.databaseUrl) {
      logger.info({ dataDir: config.dataDir }, 'no DATABASE_URL: starting the embedded PostgreSQL');
      embedded = await startEmbeddedPostgres({
        dataDir: config.dataDir,
        onLog: (line) => logger.debug({ postgres: line.trim() }),
        onWarning: (message) => logger.warn({ dataDir: config.dataDir }, message),
        onFailure: fail,
      });
      config = { ...config, databaseUrl: embedded.url };
    }
    app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, logger), {
      logger: new NestPinoLogger(logger),
      abortOnError: false,
    });
    const webClientDir = process.argv.includes('--no-web-client') ? undefined : WEB_CLIENT_DIR;
    configureHttpSurface(app, config, { webClientDir });
    if (emitSchemaOnly) {
      await app.init();
      logger.info({ file: config.graphqlSchemaFile }, 'schema emitted');
      await stop();
      return;
    }
    await app.listen(config.port, config.host);
    const address = app.getHttpServer().address() as { port: number };
    logger.info(
      { port: address.port, embedded: Boolean(embedded) },
      `API listening on http://localhost:${address.port}/graphql`,
    );
  } catch (error) {
    // The cause in the message too: a supervisor's journal often shows only `msg`.
    logger.fatal({ err: error }, `the API could not start: ${error instanceof Error ? error.message : String(error)}`);
    await stop();
    process.exit(1);
  }

  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
  process.once('SIGHUP', shutdown); // a closed terminal or `systemctl kill -s HUP`: as clean as SIGINT
}

void main();
