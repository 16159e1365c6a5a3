// Every committed migration, in order. Listed explicitly (no globs) so dist, jest and the CLI load the same set.
import { Identity1795600828371 } from './1795600828371-Identity.js';
import { Catalog1795600293524 } from './1795600293524-Catalog.js';
export const migrations = [Catalog1795600293524, Identity1795600828371];
