/**
 * A feature's messages: English defines the keys, every other language must give each of them (a missing or extra
 * key is a type error, and test/messages.spec.ts checks the same at run time). Placeholders are {name}; plurals are
 * two keys, `x.one` and `x.other`, chosen with Intl.PluralRules (t.plural).
 */
export type Translation<E extends Record<string, string>> = { readonly [K in keyof E]: string };

export interface FeatureMessages<E extends Record<string, string>> {
  en: E;
  zh: Translation<E>;
}

export const defineMessages = <E extends Record<string, string>>(messages: FeatureMessages<E>): FeatureMessages<E> =>
  messages;
