import { catalogEntities } from '@forum/catalog';
import { discussionsEntities } from '@forum/discussions';
import { documentsEntities } from '@forum/documents';
import { eventsEntities } from '@forum/events';
import { identityEntities } from '@forum/identity';
import { mailEntities } from '@forum/mail';
import { notificationsEntities } from '@forum/notifications';
import { reportsEntities } from '@forum/reports';
import { searchEntities } from '@forum/search';
import { stacksEntities } from '@forum/stacks';

/** Every entity of every domain: the one list the DataSource, the CLI and migration generation share. */
export const entities = [
  ...catalogEntities,
  ...identityEntities,
  ...discussionsEntities,
  ...documentsEntities,
  ...eventsEntities,
  ...mailEntities,
  ...notificationsEntities,
  ...reportsEntities,
  ...stacksEntities,
  ...searchEntities,
];
