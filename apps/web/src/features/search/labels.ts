import type { MessageKey } from '../../lib/i18n/catalogue';
import type { Translate } from '../../lib/i18n/translate';

/** The kinds of hit the API's SearchHit union has today; a kind added later is named 'search.hit.other'. */
export const HIT_TYPES = ['Thread', 'Post', 'ExperienceReport', 'IctStrategy', 'TechStack', 'Document'] as const;
export type HitType = (typeof HIT_TYPES)[number];

export const hitTypeLabel = (typename: string | undefined): MessageKey =>
  (HIT_TYPES as readonly (string | undefined)[]).includes(typename)
    ? (`search.hit.${typename as HitType}` as const)
    : 'search.hit.other';

/** A space by its slug, as the interface names it ("Recommendation 8", "General"). */
export function spaceLabel(slug: string, t: Translate): string {
  const number = /^recommendation-(\d+)$/.exec(slug)?.[1];
  if (number) return t('catalog.recommendation', { number: Number(number) });
  return slug === 'general' ? t('catalog.general.title') : slug;
}
