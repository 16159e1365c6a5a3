// Every committed migration, in order. Listed explicitly (no globs) so dist, jest and the CLI load the same set.
import { Discussions1795601119184 } from './1795601119184-Discussions.js';
import { Identity1795600828371 } from './1795600828371-Identity.js';
import { Catalog1795600293524 } from './1795600293524-Catalog.js';
import { Events1795772687089 } from './1795772687089-Events.js';
import { Realtime1795779000000 } from './1795779000000-Realtime.js';
import { Notifications1795777000000 } from './1795777000000-Notifications.js';
import { Stacks1795774556875 } from './1795774556875-Stacks.js';
import { StacksStandards1795779700000 } from './1795779700000-StacksStandards.js';
import { StacksRadar1795779600000 } from './1795779600000-StacksRadar.js';
import { StacksCalendar1795779500000 } from './1795779500000-StacksCalendar.js';
import { Governance1795776000000 } from './1795776000000-Governance.js';
import { Reports1795778000000 } from './1795778000000-Reports.js';
import { Search1795781000000 } from './1795781000000-Search.js';
import { SearchShares1795782000000 } from './1795782000000-SearchShares.js';
import { Documents1795780000000 } from './1795780000000-Documents.js';
import { DocumentText1795784000000 } from './1795784000000-DocumentText.js';
import { SearchReindex1795783000000 } from './1795783000000-SearchReindex.js';
export const migrations = [Catalog1795600293524, Identity1795600828371, Discussions1795601119184, Events1795772687089, Stacks1795774556875, Governance1795776000000, Reports1795778000000, Notifications1795777000000, StacksCalendar1795779500000, StacksRadar1795779600000, Realtime1795779000000, Search1795781000000, StacksStandards1795779700000, SearchShares1795782000000, Documents1795780000000, SearchReindex1795783000000, DocumentText1795784000000];
