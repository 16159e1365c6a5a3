/** The interface languages. Adding one: its code here, a catalogue per feature, and its direction. */
export const LANGUAGES = ['en', 'zh'] as const;
export type UiLanguage = (typeof LANGUAGES)[number];

export const isUiLanguage = (value: unknown): value is UiLanguage =>
  typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);

/** The API's Language enum value for an interface language (texts of the catalogue come from the API). */
export const apiLanguage = (language: UiLanguage) => language.toUpperCase() as 'EN' | 'ZH';

/** BCP 47 tags for Intl and <html lang>. */
export const LOCALE: Record<UiLanguage, string> = { en: 'en', zh: 'zh-Hans' };

/** Writing direction; Arabic will be 'rtl' (the styles use logical properties only). */
export const DIRECTION: Record<UiLanguage, 'ltr' | 'rtl'> = { en: 'ltr', zh: 'ltr' };

/** Each language's own name, shown in the switch in that language. */
export const NATIVE_NAME: Record<UiLanguage, string> = { en: 'English', zh: '中文' };
