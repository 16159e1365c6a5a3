import type { Translation } from './define';
import type { UiLanguage } from './languages';
import auth from '../../features/auth/messages';
import catalog from '../../features/catalog/messages';
import common from '../../features/common/messages';
import reports from '../../features/reports/messages';
import threads from '../../features/threads/messages';

/**
 * Every feature's messages, by language. A new feature adds its `messages.ts` here (its keys start with its name:
 * test/messages.spec.ts checks it, so two features cannot take the same key).
 */
export const FEATURES = { auth, catalog, common, reports, threads } as const;

const en = { ...auth.en, ...catalog.en, ...common.en, ...reports.en, ...threads.en };
export type MessageKey = keyof typeof en;

const zh: Translation<typeof en> = { ...auth.zh, ...catalog.zh, ...common.zh, ...reports.zh, ...threads.zh };

export const CATALOGUES: Record<UiLanguage, Translation<typeof en>> = { en, zh };
