import { Injectable } from '@nestjs/common';
import { CatalogService, type SpaceModel } from '@forum/catalog';
import { inLanguage, Language } from '@forum/graphql';
import { MAIL_TEXTS, type MailLanguage } from './mail-texts.js';

/** A space as e-mails name it: its recommendation (number, title in the e-mail's language), or "General". */
export interface MailPlace {
  spaceId: string;
  heading: string;
  /** Sections are in the catalogue's order: recommendations by number, then the others. */
  order: number;
}

/** Names recommendation spaces in an e-mail's language (one statement for all). */
@Injectable()
export class MailPlaces {
  constructor(private readonly catalog: CatalogService) {}

  async of(spaceIds: readonly string[], language: MailLanguage): Promise<Map<string, MailPlace>> {
    const spaces = (await this.catalog.spacesByIds([...new Set(spaceIds)])).filter((space) => space !== null);
    return new Map(spaces.map((space) => [space.id, placeOf(space, language)]));
  }
}

function placeOf(space: SpaceModel, language: MailLanguage): MailPlace {
  const t = MAIL_TEXTS[language];
  const recommendation = space.recommendation;
  if (!recommendation)
    return { spaceId: space.id, heading: space.slug === 'general' ? t.general : space.title, order: 1_000 };
  const title = inLanguage(recommendation.title, language === 'zh' ? Language.ZH : Language.EN);
  return { spaceId: space.id, heading: t.recommendation(recommendation.number, title), order: recommendation.number };
}
