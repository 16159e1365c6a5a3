import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { DocumentsService } from './documents.service.js';

/** An upload never attached is removed once it is this old. */
export const UNATTACHED_LIFETIME_MS = 24 * 60 * 60 * 1000;
const FIRST_CHECK_AFTER_MS = 60_000;
const CHECK_EVERY_MS = 60 * 60 * 1000;

/**
 * The periodic removal of uploads never attached (and of their content when nothing else has it). Every instance
 * runs it: a DELETE is idempotent, so two instances at once remove each upload once.
 */
@Injectable()
export class DocumentExpiry implements OnApplicationBootstrap, OnModuleDestroy {
  private first?: NodeJS.Timeout;
  private timer?: NodeJS.Timeout;
  private readonly logger = new Logger('DocumentExpiry');

  constructor(private readonly documents: DocumentsService) {}

  onApplicationBootstrap(): void {
    const sweep = () =>
      this.sweep(new Date()).catch((error: unknown) =>
        this.logger.warn(`Expired uploads were not removed: ${(error as Error).message}`),
      );
    // The first sweep waits a minute, so that short-lived processes (schema emission, scripts) never start one.
    this.first = setTimeout(() => void sweep(), FIRST_CHECK_AFTER_MS).unref();
    this.timer = setInterval(() => void sweep(), CHECK_EVERY_MS).unref();
  }

  onModuleDestroy(): void {
    clearTimeout(this.first);
    clearInterval(this.timer);
  }

  /** Removes the uploads that were still unattached a lifetime before `now`; answers how many. */
  async sweep(now: Date): Promise<number> {
    return this.documents.removeExpired(new Date(now.getTime() - UNATTACHED_LIFETIME_MS));
  }
}
