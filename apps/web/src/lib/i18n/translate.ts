import { CATALOGUES, type MessageKey } from './catalogue';
import { LOCALE, type UiLanguage } from './languages';

export type MessageValues = Record<string, string | number>;

/** Keys of messages that come in plural forms: `<base>.one` and `<base>.other`. */
export type PluralBase = {
  [K in MessageKey]: K extends `${infer Base}.other` ? (`${Base}.one` extends MessageKey ? Base : never) : never;
}[MessageKey];

export interface Translate {
  (key: MessageKey, values?: MessageValues): string;
  /** The plural form for `count` ({count} is filled in, formatted for the language). */
  plural(base: PluralBase, count: number, values?: MessageValues): string;
}

export function translator(language: UiLanguage): Translate {
  const catalogue = CATALOGUES[language];
  const numbers = new Intl.NumberFormat(LOCALE[language]);
  const plurals = new Intl.PluralRules(LOCALE[language]);
  const fill = (text: string, values?: MessageValues) =>
    values
      ? text.replace(/\{(\w+)\}/g, (whole, name: string) => {
          const value = values[name];
          if (value === undefined) return whole;
          return typeof value === 'number' ? numbers.format(value) : value;
        })
      : text;
  const t = ((key: MessageKey, values?: MessageValues) => fill(catalogue[key], values)) as Translate;
  t.plural = (base, count, values) => {
    const form = plurals.select(count) === 'one' ? 'one' : 'other';
    return fill(catalogue[`${base}.${form}` as MessageKey], { count, ...values });
  };
  return t;
}
