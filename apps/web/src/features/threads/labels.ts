import type { ReactionKind, ThreadKind, Visibility } from '../../gql/graphql';
import type { MessageKey } from '../../lib/i18n/catalogue';

/** The API's enum values, as the interface says them (each a message key of its feature). */
export const THREAD_KINDS: ThreadKind[] = [
  'DISCUSSION',
  'QUESTION',
  'EXPERIENCE_REPORT',
  'ICT_STRATEGY',
  'TECH_STACK',
  'ROADMAP',
];
export const threadKindLabel = (kind: ThreadKind): MessageKey => `threads.kind.${kind}`;

export const REACTION_KINDS: ReactionKind[] = ['LIKE', 'THANKS', 'INSIGHTFUL', 'SAME_HERE'];
export const reactionLabel = (kind: ReactionKind): MessageKey => `threads.reaction.${kind}`;

export const visibilityLabel = (visibility: Visibility): MessageKey => `common.visibility.${visibility}`;
