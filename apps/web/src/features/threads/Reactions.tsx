import { useMutation } from 'urql';
import { ReactDocument, UnreactDocument, type PostFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { REACTION_KINDS, reactionLabel } from './labels';

/** The four reactions as toggle buttons (pressed: the reader's own), with their counts. */
export function Reactions({ post, canReact }: { post: PostFieldsFragment; canReact: boolean }) {
  const { t, format } = useI18n();
  const [, react] = useMutation(ReactDocument);
  const [, unreact] = useMutation(UnreactDocument);
  const counts = new Map(post.reactions.map((reaction) => [reaction.kind, reaction]));
  const shown = canReact ? REACTION_KINDS : REACTION_KINDS.filter((kind) => counts.has(kind));
  if (shown.length === 0) return null;
  return (
    <div className="reactions" role="group" aria-label={t('threads.reactions')}>
      {shown.map((kind) => {
        const reaction = counts.get(kind);
        const mine = reaction?.reactedByMe ?? false;
        const label = `${t(reactionLabel(kind))} ${format.number(reaction?.count ?? 0)}`;
        return canReact ? (
          <button
            key={kind}
            type="button"
            className="reaction"
            aria-pressed={mine}
            onClick={() => void (mine ? unreact : react)({ postId: post.id, kind })}
          >
            {label}
          </button>
        ) : (
          <span key={kind} className="reaction">
            {label}
          </span>
        );
      })}
    </div>
  );
}
