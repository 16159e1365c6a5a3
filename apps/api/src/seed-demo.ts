// `npm run seed:demo`: loads a realistic demo forum (offices of every region with members, ICT strategies in several
// languages with yearly reviews, experience reports of every delivery model, discussions under them) into the API's
// database, for newcomers and benchmarks. Idempotent: running it again adds nothing. Refused in production.
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { loadConfig } from '@forum/config';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@forum/database';
import { createLogger } from '@forum/observability';
import { AppModule } from './app.module.js';
import { DEMO_PASSWORD, demoEmail, seedDemo } from './demo/seed-demo.js';

const loaded = loadConfig(process.env);
if (loaded.nodeEnv === 'production') {
  console.error('seed:demo loads members with a known password: it is refused when NODE_ENV=production.');
  process.exit(2);
}
// The API's configuration, quieter, and without delivering events (the running API does that).
const config = { ...loaded, events: { ...loaded.events, worker: false } };
const logger = createLogger({ ...config, logLevel: 'warn' });
let embedded: EmbeddedDatabase | undefined;
const databaseUrl = config.databaseUrl ?? (embedded = await startEmbeddedPostgres({ dataDir: config.dataDir })).url;
const app = await NestFactory.create(AppModule.forRoot({ ...config, databaseUrl }, logger), {
  logger: false,
  abortOnError: false,
});
let code = 0;
try {
  await app.init();
  const seeded = await seedDemo(app);
  console.log(
    `Demo forum ready: ${seeded.members} members, ${seeded.strategies} new strategies, ${seeded.reports} reports.\n` +
      `Sign in as ${demoEmail('DE')} (or member.<office>@…, admin.<office>@… for office admins) with "${DEMO_PASSWORD}".`,
  );
} catch (error) {
  console.error(`seed:demo failed: ${error instanceof Error ? error.message : String(error)}`);
  code = 1;
} finally {
  await app.close();
  await embedded?.stop();
}
process.exit(code);
