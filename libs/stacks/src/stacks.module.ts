import { Module } from '@nestjs/common';
import { DiscussionsModule } from '@forum/discussions';
import { IdentityModule } from '@forum/identity';
import { CalendarRepository } from './calendar.repository.js';
import { CalendarResolver } from './calendar.resolver.js';
import { CalendarService } from './calendar.service.js';
import { ComparisonService } from './comparison.service.js';
import { ProductsRepository } from './products.repository.js';
import { ProductsService } from './products.service.js';
import { RadarEditionsRepository } from './radar-editions.repository.js';
import { RadarEditionsService } from './radar-editions.service.js';
import { RadarRepository } from './radar.repository.js';
import { RadarResolver } from './radar.resolver.js';
import { RadarService } from './radar.service.js';
import { stacksEntities } from './stack.entities.js';
import { StacksController } from './stacks.controller.js';
import { StandardsRepository } from './standards.repository.js';
import { StandardsResolver } from './standards.resolver.js';
import { StandardsService } from './standards.service.js';
import { StacksRepository } from './stacks.repository.js';
import { StacksResolver } from './stacks.resolver.js';
import { StacksService } from './stacks.service.js';

export { stacksEntities };

@Module({
  imports: [IdentityModule, DiscussionsModule],
  providers: [
    ProductsRepository,
    ProductsService,
    StacksRepository,
    StacksService,
    StacksResolver,
    RadarRepository,
    RadarService,
    RadarResolver,
    RadarEditionsRepository,
    RadarEditionsService,
    ComparisonService,
    CalendarRepository,
    CalendarService,
    CalendarResolver,
    StandardsRepository,
    StandardsService,
    StandardsResolver,
  ],
  controllers: [StacksController],
  exports: [ProductsService, StacksService, RadarService],
})
export class StacksModule {}
