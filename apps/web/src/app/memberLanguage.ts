import { useEffect, useRef } from 'react';
import { useMutation, useQuery } from 'urql';
import { MyEmailSettingsDocument, SetEmailSettingsDocument } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';
import { apiLanguage, isUiLanguage, type UiLanguage } from '../lib/i18n/languages';
import { useSession } from '../lib/session/useSession';

/**
 * A member's language is kept by the API (the member's settings: the language of its e-mails), so the interface
 * follows the member from device to device: read once per session start and applied when it is a language of the
 * interface (English or Chinese). A member who reads its e-mails in French keeps them so: the switch then changes
 * this device only.
 */
export function useMemberLanguage(): { choose(language: UiLanguage): void } {
  const session = useSession();
  const memberId = session?.member.id ?? null;
  const { language, setLanguage } = useI18n();
  const [{ data }] = useQuery({ query: MyEmailSettingsDocument, pause: !memberId });
  const applied = useRef<string | null>(null);
  const kept = data?.myEmailSettings.language.toLowerCase();

  useEffect(() => {
    if (!memberId || !kept || applied.current === memberId) return;
    applied.current = memberId;
    if (isUiLanguage(kept) && kept !== language) setLanguage(kept);
  }, [memberId, kept, language, setLanguage]);

  return { choose: useChooseLanguage() };
}

/**
 * Changes the interface language and, when the member's kept language is one of the interface's, that too. For
 * other places than the header (the settings page): it does not apply the kept language, which only the header
 * does once per session start.
 */
export function useChooseLanguage(): (language: UiLanguage) => void {
  const memberId = useSession()?.member.id ?? null;
  const { setLanguage } = useI18n();
  const [{ data }] = useQuery({ query: MyEmailSettingsDocument, pause: !memberId });
  const [, save] = useMutation(SetEmailSettingsDocument);
  const kept = data?.myEmailSettings.language.toLowerCase();
  return (next) => {
    setLanguage(next);
    if (memberId && kept && isUiLanguage(kept) && kept !== next) void save({ input: { language: apiLanguage(next) } });
  };
}
