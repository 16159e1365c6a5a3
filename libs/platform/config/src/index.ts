export { configSchema, MAX_ATTACHMENTS_PER_POST, type ForumConfig, type ConfigInput } from './config.schema.js';
export { loadConfig, ConfigError } from './load-config.js';
export { ConfigModule, FORUM_CONFIG } from './config.module.js';
