import type { LoggerService } from '@nestjs/common';
import { pino, type Logger } from 'pino';
import type { ForumConfig } from '@forum/config';
import { ForumError } from '@forum/core';

/** One JSON logger for the process; its lines go to stdout for the platform to collect. */
export function createLogger(config: Pick<ForumConfig, 'logLevel'>): Logger {
  return pino({ level: config.logLevel, base: { service: 'forum-api' }, timestamp: pino.stdTimeFunctions.isoTime });
}

/** Lets Nest's own messages (bootstrap, routes, errors) go through the same JSON logger. */
export class NestPinoLogger implements LoggerService {
  constructor(private readonly logger: Logger) {}

  log(message: unknown, context?: string): void {
    this.logger.info({ context }, String(message));
  }
  error(message: unknown, trace?: string, context?: string): void {
    // Nest logs every error a resolver or guard throws, stack and all; an expected one (a wrong password, NOT_FOUND)
    // is the client's, and the GraphQL layer logs it once, with the request id, at info or warn (client-error-log.ts).
    if (message instanceof ForumError && (context ?? trace) === 'ExceptionsHandler') return;
    if (message instanceof Error) this.logger.error({ context, err: message }, message.message);
    else this.logger.error({ context, trace }, String(message));
  }
  warn(message: unknown, context?: string): void {
    this.logger.warn({ context }, String(message));
  }
  debug(message: unknown, context?: string): void {
    this.logger.debug({ context }, String(message));
  }
  verbose(message: unknown, context?: string): void {
    this.logger.trace({ context }, String(message));
  }
  fatal(message: unknown, context?: string): void {
    this.logger.fatal({ context }, String(message));
  }
}
