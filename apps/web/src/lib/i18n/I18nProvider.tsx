import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useSession } from '../session/useSession';
import { formats, type Formats } from './format';
import { DIRECTION, LOCALE, apiLanguage, isUiLanguage, type UiLanguage } from './languages';
import { translator, type Translate } from './translate';

export interface I18n {
  language: UiLanguage;
  /** The API's Language value for texts the API has in several languages (the recommendations). */
  apiLanguage: 'EN' | 'ZH';
  t: Translate;
  format: Formats;
  setLanguage(language: UiLanguage): void;
}

const DEVICE_KEY = 'forum.language';
const memberKey = (memberId: string) => `forum.language.member.${memberId}`;

function stored(key: string): UiLanguage | null {
  const value = localStorage.getItem(key);
  return isUiLanguage(value) ? value : null;
}

/** Before anyone chose: the browser's preference when it is Chinese, else English. */
function browserLanguage(): UiLanguage {
  return navigator.languages.some((tag) => tag.toLowerCase().startsWith('zh')) ? 'zh' : 'en';
}

const I18nContext = createContext<I18n | null>(null);

/**
 * The interface language: the member's own choice (remembered per member on this device), else this device's last
 * choice, else the browser's. Sets <html lang dir> so that screen readers and the logical CSS properties follow.
 */
export function I18nProvider({ children }: { children: ReactNode }) {
  const session = useSession();
  const memberId = session?.member.id ?? null;
  const [state, setState] = useState<{ memberId: string | null; language: UiLanguage }>(() => ({
    memberId,
    language: (memberId ? stored(memberKey(memberId)) : null) ?? stored(DEVICE_KEY) ?? browserLanguage(),
  }));
  // Signing in as a member who chose before brings that choice back (adjusted while rendering, as React
  // recommends for state that follows a prop).
  if (state.memberId !== memberId) {
    const chosen = memberId ? stored(memberKey(memberId)) : null;
    setState({ memberId, language: chosen ?? state.language });
  }
  const { language } = state;

  // A member's first visit keeps the language in use as theirs.
  useEffect(() => {
    if (memberId && !stored(memberKey(memberId))) localStorage.setItem(memberKey(memberId), language);
  }, [memberId, language]);

  useEffect(() => {
    document.documentElement.lang = LOCALE[language];
    document.documentElement.dir = DIRECTION[language];
  }, [language]);

  const setLanguage = useCallback(
    (next: UiLanguage) => {
      localStorage.setItem(DEVICE_KEY, next);
      if (memberId) localStorage.setItem(memberKey(memberId), next);
      setState({ memberId, language: next });
    },
    [memberId],
  );

  const value = useMemo<I18n>(
    () => ({
      language,
      apiLanguage: apiLanguage(language),
      t: translator(language),
      format: formats(language),
      setLanguage,
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside <I18nProvider>');
  return i18n;
}
