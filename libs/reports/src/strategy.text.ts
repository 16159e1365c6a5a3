import type { IctStrategyInput, IctStrategyUpdateInput } from './dto/strategy.inputs.js';
import { checkGoals, checkPeriod, checkText, checkTitle } from './reports.rules.js';
import type { StrategyText } from './strategy.types.js';

// A strategy's text: its checks, what changed between two texts, and the posts its thread gets.

export function checkStrategyText(input: IctStrategyInput | IctStrategyUpdateInput): StrategyText {
  return {
    title: checkTitle(input.title),
    ...checkPeriod(input.periodStart, input.periodEnd),
    language: input.language,
    summary: checkText(input.summary, 'summary', 8 * 1024),
    body: checkText(input.body, 'body'),
    goals: checkGoals(input.goals),
  };
}

const TEXT_FIELDS = ['title', 'periodStart', 'periodEnd', 'language', 'summary', 'goals', 'body'] as const;

/** The fields whose value differs between two texts of a strategy (lists one item a line). */
export function textChanges(a: StrategyText, b: StrategyText): { field: string; before: string; after: string }[] {
  const shown = (text: StrategyText, field: (typeof TEXT_FIELDS)[number]) =>
    field === 'goals' ? text.goals.join('\n') : String(text[field]);
  return TEXT_FIELDS.filter((field) => shown(a, field) !== shown(b, field)).map((field) => ({
    field,
    before: shown(a, field),
    after: shown(b, field),
  }));
}

/** The reply a new version posts in its thread: what changed, so that the discussion follows the strategy. */
export function versionPost(version: number, before: StrategyText, after: StrategyText): string {
  const changes = textChanges(before, after).map(({ field, before: was, after: now }) =>
    ['body', 'summary', 'goals'].includes(field) ? `- ${field} changed` : `- ${field}: ${was} → ${now}`,
  );
  return [`**Version ${version} published.**`, '', ...(changes.length ? changes : ['- no change to the text'])].join(
    '\n',
  );
}

/** The opening post of a strategy's thread: what it is about, so that the discussion reads on its own. */
export const openingPost = (text: StrategyText) =>
  [
    `ICT strategy ${text.periodStart}–${text.periodEnd}`,
    '',
    text.summary,
    ...text.goals.map((goal) => `- ${goal}`),
  ].join('\n');
