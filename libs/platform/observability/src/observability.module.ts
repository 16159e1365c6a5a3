import { randomUUID } from 'node:crypto';
import { Global, Inject, Module, type DynamicModule, type MiddlewareConsumer, type NestModule } from '@nestjs/common';
import type { Logger } from 'pino';
import { pinoHttp } from 'pino-http';
import { HealthController } from './health.controller.js';
import { TerminusModule } from '@nestjs/terminus';

export const LOGGER = Symbol('LOGGER');

const REQUEST_ID = /^[\w.:-]{1,128}$/;

/** Structured request logs with a request id (taken from `x-request-id` when sane), and the health endpoints. */
@Global()
@Module({})
export class ObservabilityModule implements NestModule {
  constructor(@Inject(LOGGER) private readonly logger: Logger) {}

  static forRoot(logger: Logger): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [{ provide: LOGGER, useValue: logger }],
      exports: [LOGGER],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    const http = pinoHttp({
      logger: this.logger,
      genReqId: (req, res) => {
        const given = req.headers['x-request-id'];
        const id = typeof given === 'string' && REQUEST_ID.test(given) ? given : randomUUID();
        res.setHeader('x-request-id', id);
        return id;
      },
      autoLogging: { ignore: (req) => (req as { originalUrl?: string }).originalUrl?.startsWith('/health') ?? false },
      serializers: {
        req: (req: { id: string; method: string; url: string }) => ({ id: req.id, method: req.method, url: req.url }),
        res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
      },
    });
    // {*path}, not *path: the wildcard must also match the root, GET / (path-to-regexp 8 wants a segment otherwise).
    consumer.apply(http).forRoutes('{*path}');
  }
}
