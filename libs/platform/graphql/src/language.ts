import { registerEnumType } from '@nestjs/graphql';

/** The six WIPO languages. */
export enum Language {
  AR = 'AR',
  EN = 'EN',
  ES = 'ES',
  FR = 'FR',
  RU = 'RU',
  ZH = 'ZH',
}

registerEnumType(Language, {
  name: 'Language',
  description: 'The six WIPO languages.',
  valuesMap: {
    AR: { description: 'Arabic' },
    EN: { description: 'English' },
    ES: { description: 'Spanish' },
    FR: { description: 'French' },
    RU: { description: 'Russian' },
    ZH: { description: 'Chinese' },
  },
});

/** A text in several languages, keyed by lower-case language code (`en`, `zh` ...). */
export type LocalizedText = Partial<Record<Lowercase<keyof typeof Language>, string>> & { en: string };

/** The text in the asked language, or in English where no rendering in that language exists yet. */
export function inLanguage(text: LocalizedText, lang: Language = Language.EN): string {
  return text[lang.toLowerCase() as keyof LocalizedText] ?? text.en;
}
