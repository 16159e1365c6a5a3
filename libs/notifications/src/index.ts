// The public face of notifications: what the composition root and real time may use.
export { NotificationsModule, notificationsEntities } from './notifications.module.js';
export { NotificationsService } from './notifications.service.js';
export { WatchLevel, NotificationReason } from './watch-level.js';
export type { NotificationsCreated } from './notifications.events.js';
export { NotificationModel } from './dto/notification.model.js';
