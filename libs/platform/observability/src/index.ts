export { createLogger, NestPinoLogger } from './logger.js';
export { ObservabilityModule, LOGGER } from './observability.module.js';
