import { Injectable, type OnApplicationBootstrap } from '@nestjs/common';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CONSUME_EVENT, type ConsumerDeclaration, type EventHandler } from './consume-event.decorator.js';
import type { EventName } from './event-map.js';

export interface RegisteredConsumer extends ConsumerDeclaration {
  handler: EventHandler;
  /** Class.method, for logs. */
  where: string;
}

/** The consumers of this process, found once among Nest's providers (methods marked with @ConsumeEvent). */
@Injectable()
export class ConsumerRegistry implements OnApplicationBootstrap {
  private found?: Map<string, RegisteredConsumer>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** Registers this process's consumers in the database, for publishers of other versions (EventConsumerEntity). */
  async onApplicationBootstrap(): Promise<void> {
    const consumers = this.all();
    if (consumers.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO event_consumer (event_name, consumer) SELECT * FROM unnest($1::text[], $2::text[])
       ON CONFLICT DO NOTHING`,
      [consumers.map((c) => c.event), consumers.map((c) => c.consumer)],
    );
  }

  /** The consumer names of an event: the publisher writes one delivery for each. */
  consumersOf(event: EventName): string[] {
    return this.all()
      .filter((consumer) => consumer.event === event)
      .map((consumer) => consumer.consumer);
  }

  /** The handler for a delivery, or undefined when this process does not have that consumer. */
  handlerFor(event: string, consumer: string): RegisteredConsumer | undefined {
    return this.consumers().get(key(event, consumer));
  }

  all(): RegisteredConsumer[] {
    return [...this.consumers().values()];
  }

  // Lazy: a provider may publish during boot (a seeder), before any lifecycle hook of this module ran.
  private consumers(): Map<string, RegisteredConsumer> {
    if (this.found) return this.found;
    const found = new Map<string, RegisteredConsumer>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      // Request-scoped providers have no instance at boot; a consumer is a singleton.
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of this.scanner.getAllMethodNames(prototype)) {
        const method = (prototype as Record<string, unknown>)[name];
        if (typeof method !== 'function') continue;
        const declared: ConsumerDeclaration[] = Reflect.getMetadata(CONSUME_EVENT, method) ?? [];
        for (const declaration of declared) {
          const id = key(declaration.event, declaration.consumer);
          const where = `${instance.constructor.name}.${name}`;
          const twin = found.get(id);
          if (twin)
            throw new Error(`${where} and ${twin.where} both consume ${declaration.event} as ${declaration.consumer}`);
          found.set(id, { ...declaration, where, handler: (method as EventHandler).bind(instance) });
        }
      }
    }
    this.found = found;
    return found;
  }
}

const key = (event: string, consumer: string) => `${event}\u0000${consumer}`;
