// A small process for the outbox's process tests (npm run build compiles it to dist): the platform, EventsModule and
// the fixture consumers, on DATABASE_URL. Prints JSON lines {fixture: 'ready' | 'committed' | 'handling'} to stdout.
//   node dist/libs/platform/events/src/testing/fixture-main.js --instance A [--publish N] [--hang | --crash | --crash-key K | --stuck-once] [--delay-ms N]
import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { Module } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ConfigModule, loadConfig } from '@forum/config';
import { DatabaseModule } from '@forum/database';
import { createLogger, NestPinoLogger, ObservabilityModule } from '@forum/observability';
import { EventPublisher } from '../event-publisher.js';
import { eventsEntities } from '../events.entities.js';
import { EventsModule } from '../events.module.js';
import { EventsFixtureModule } from './events.fixture.js';

const { values } = parseArgs({
  options: {
    instance: { type: 'string', default: 'fixture' },
    publish: { type: 'string', default: '0' },
    hang: { type: 'boolean', default: false },
    crash: { type: 'boolean', default: false },
    'crash-key': { type: 'string' },
    'stuck-once': { type: 'boolean', default: false },
    'delay-ms': { type: 'string', default: '0' },
  },
});
const say = (line: Record<string, unknown>) => console.log(JSON.stringify({ ...line, instance: values.instance }));

const config = loadConfig();
const logger = createLogger(config);

@Module({
  imports: [
    ConfigModule.forRoot(config),
    ObservabilityModule.forRoot(logger),
    DatabaseModule.forRoot(eventsEntities),
    EventsModule,
    EventsFixtureModule.forRoot({
      instance: values.instance,
      hang: values.hang,
      crash: values.crash,
      crashKey: values['crash-key'],
      stuckOnce: values['stuck-once'],
      delayMs: Number(values['delay-ms']),
    }),
  ],
})
class FixtureAppModule {}

const app = await NestFactory.createApplicationContext(FixtureAppModule, { logger: new NestPinoLogger(logger) });
await app.init();
say({ fixture: 'ready' });
const dataSource = app.get<DataSource>(getDataSourceToken());
const publisher = app.get(EventPublisher);
for (let i = 0; i < Number(values.publish); i++) {
  const id = await dataSource.transaction((tx) =>
    publisher.publish(tx, 'fixture.recorded', { key: `${values.instance}-${i}` }),
  );
  say({ fixture: 'committed', id });
}
process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
