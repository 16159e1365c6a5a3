import type { Translation } from './define';
import type { UiLanguage } from './languages';
import admin from '../../features/admin/messages';
import auth from '../../features/auth/messages';
import catalog from '../../features/catalog/messages';
import common from '../../features/common/messages';
import experience from '../../features/experience/messages';
import notifications from '../../features/notifications/messages';
import offices from '../../features/offices/messages';
import reports from '../../features/reports/messages';
import search from '../../features/search/messages';
import settings from '../../features/settings/messages';
import stacks from '../../features/stacks/messages';
import standards from '../../features/standards/messages';
import strategies from '../../features/strategies/messages';
import threads from '../../features/threads/messages';

/**
 * Every feature's messages, by language. A new feature adds its `messages.ts` here (its keys start with its name:
 * test/messages.spec.ts checks it, so two features cannot take the same key).
 */
export const FEATURES = {
  admin,
  auth,
  catalog,
  common,
  experience,
  notifications,
  offices,
  reports,
  search,
  settings,
  stacks,
  standards,
  strategies,
  threads,
} as const;

const en = {
  ...admin.en,
  ...auth.en,
  ...catalog.en,
  ...common.en,
  ...experience.en,
  ...notifications.en,
  ...offices.en,
  ...reports.en,
  ...search.en,
  ...settings.en,
  ...stacks.en,
  ...standards.en,
  ...strategies.en,
  ...threads.en,
};
export type MessageKey = keyof typeof en;

const zh: Translation<typeof en> = {
  ...admin.zh,
  ...auth.zh,
  ...catalog.zh,
  ...common.zh,
  ...experience.zh,
  ...notifications.zh,
  ...offices.zh,
  ...reports.zh,
  ...search.zh,
  ...settings.zh,
  ...stacks.zh,
  ...standards.zh,
  ...strategies.zh,
  ...threads.zh,
};

export const CATALOGUES: Record<UiLanguage, Translation<typeof en>> = { en, zh };
