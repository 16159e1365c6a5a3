import type { Translation } from './define';
import type { UiLanguage } from './languages';
import admin from '../../features/admin/messages';
import auth from '../../features/auth/messages';
import catalog from '../../features/catalog/messages';
import common from '../../features/common/messages';
import notifications from '../../features/notifications/messages';
import reports from '../../features/reports/messages';
import search from '../../features/search/messages';
import settings from '../../features/settings/messages';
import threads from '../../features/threads/messages';

/**
 * Every feature's messages, by language. A new feature adds its `messages.ts` here (its keys start with its name:
 * test/messages.spec.ts checks it, so two features cannot take the same key).
 */
export const FEATURES = { admin, auth, catalog, common, notifications, reports, search, settings, threads } as const;

const en = {
  ...admin.en,
  ...auth.en,
  ...catalog.en,
  ...common.en,
  ...notifications.en,
  ...reports.en,
  ...search.en,
  ...settings.en,
  ...threads.en,
};
export type MessageKey = keyof typeof en;

const zh: Translation<typeof en> = {
  ...admin.zh,
  ...auth.zh,
  ...catalog.zh,
  ...common.zh,
  ...notifications.zh,
  ...reports.zh,
  ...search.zh,
  ...settings.zh,
  ...threads.zh,
};

export const CATALOGUES: Record<UiLanguage, Translation<typeof en>> = { en, zh };
