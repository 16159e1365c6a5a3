import { useEffect, useRef } from 'react';
import { useMutation, useQuery } from 'urql';
import { MyEmailSettingsDocument, SetEmailSettingsDocument } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';
import { apiLanguage, isUiLanguage, type UiLanguage } from '../lib/i18n/languages';
import { useSession } from '../lib/session/useSession';

/** How long an unconfirmed choice is honoured: a choice left from weeks ago must not undo a newer one elsewhere. */
const UNSAVED_FOR_MS = 10 * 60_000;

type Stored = { language?: unknown; at?: unknown };

/**
 * A member's choice on this device that the API has not confirmed keeping yet: made before the kept language had
 * come, or saved by a request that a page load or a lost connection cut short. For a few minutes it wins over the
 * kept language that comes after it and is saved in its place, so a click is neither undone by a late answer nor
 * forgotten on the member's other devices.
 */
const unsaved = {
  key: (memberId: string) => `forum.language.unsaved.${memberId}`,
  get(memberId: string): UiLanguage | null {
    let stored: Stored | null;
    try {
      stored = JSON.parse(localStorage.getItem(unsaved.key(memberId)) ?? 'null') as Stored | null;
    } catch {
      return null; // not ours (another version's format): no choice
    }
    const recent = typeof stored?.at === 'number' && Date.now() - stored.at < UNSAVED_FOR_MS;
    return recent && isUiLanguage(stored?.language) ? stored.language : null;
  },
  set: (memberId: string, language: UiLanguage) =>
    localStorage.setItem(unsaved.key(memberId), JSON.stringify({ language, at: Date.now() })),
  /** Only when the saved choice is still the latest (a later click keeps its own). */
  saved(memberId: string, language: UiLanguage) {
    if (unsaved.get(memberId) === language) unsaved.discard(memberId);
  },
  discard: (memberId: string) => localStorage.removeItem(unsaved.key(memberId)),
};

function useSaveLanguage(memberId: string | null): (language: UiLanguage) => void {
  const [, save] = useMutation(SetEmailSettingsDocument);
  return (language) => {
    if (!memberId) return;
    void save({ input: { language: apiLanguage(language) } }).then((result) => {
      if (!result.error) unsaved.saved(memberId, language);
    });
  };
}

/**
 * A member's language is kept by the API (the member's settings: the language of its e-mails), so the interface
 * follows the member from device to device: read once per session start and applied when it is a language of the
 * interface (English or Chinese), unless this device holds a choice not yet saved (then that is saved instead). A
 * member who reads its e-mails in French keeps them so: the switch then changes this device only.
 */
export function useMemberLanguage(): { choose(language: UiLanguage): void } {
  const session = useSession();
  const memberId = session?.member.id ?? null;
  const { language, setLanguage } = useI18n();
  const [{ data }] = useQuery({ query: MyEmailSettingsDocument, pause: !memberId });
  const saveLanguage = useSaveLanguage(memberId);
  const applied = useRef<string | null>(null);
  const kept = data?.myEmailSettings.language.toLowerCase();

  useEffect(() => {
    if (!memberId || !kept || applied.current === memberId) return;
    applied.current = memberId;
    const chosen = unsaved.get(memberId);
    // E-mails in another language stay so (the choice was this device's only); an entry too old is dropped.
    if (!isUiLanguage(kept) || !chosen || chosen === kept) unsaved.discard(memberId);
    if (!isUiLanguage(kept)) return;
    if (!chosen) {
      if (kept !== language) setLanguage(kept);
    } else if (chosen !== kept) saveLanguage(chosen);
  }, [memberId, kept, language, setLanguage, saveLanguage]);

  return { choose: useChooseLanguage() };
}

/**
 * Changes the interface language and, when the member's kept language is one of the interface's (or not known yet),
 * that too. For other places than the header (the settings page): it does not apply the kept language, which only
 * the header does once per session start.
 */
export function useChooseLanguage(): (language: UiLanguage) => void {
  const memberId = useSession()?.member.id ?? null;
  const { setLanguage } = useI18n();
  const [{ data }] = useQuery({ query: MyEmailSettingsDocument, pause: !memberId });
  const saveLanguage = useSaveLanguage(memberId);
  const kept = data?.myEmailSettings.language.toLowerCase();
  return (next) => {
    setLanguage(next);
    if (!memberId || (kept && !isUiLanguage(kept))) return;
    if (kept === next && !unsaved.get(memberId)) return;
    unsaved.set(memberId, next);
    // Before the kept language has come, the header saves the choice when it comes.
    if (kept) saveLanguage(next);
  };
}
