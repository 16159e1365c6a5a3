import { Global, Module, type DynamicModule } from '@nestjs/common';
import type { ForumConfig } from './config.schema.js';

/** Injection token of the validated configuration. */
export const FORUM_CONFIG = Symbol('FORUM_CONFIG');

@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: ForumConfig): DynamicModule {
    return { module: ConfigModule, providers: [{ provide: FORUM_CONFIG, useValue: config }], exports: [FORUM_CONFIG] };
  }
}
