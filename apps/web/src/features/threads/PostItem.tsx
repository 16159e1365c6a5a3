import { useState } from 'react';
import type { PostFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { Attachments } from './Attachments';
import { FlagForm } from './FlagForm';
import { History } from './History';
import { LazyComposer } from './LazyComposer';
import type { PostNode } from './post-tree';
import { Reactions } from './Reactions';
import { useThread } from './thread-context';

const countReplies = (node: PostNode<PostFieldsFragment>): number =>
  node.children.reduce((sum, child) => sum + 1 + countReplies(child), 0);

/** One post of the tree with its actions, and the replies under it (collapsible). */
export function PostItem({ node }: { node: PostNode<PostFieldsFragment> }) {
  const { t, format } = useI18n();
  const thread = useThread();
  const { post } = node;
  const [problem, setProblem] = useState(false);
  const mine = thread.memberId === post.author.id;
  const canChange = !post.deleted && (mine || thread.isModerator);
  const collapsed = thread.collapsed.has(post.id);
  const replies = countReplies(node);
  const mode = thread.mode?.postId === post.id ? thread.mode.kind : null;
  const repliesId = `post-${post.id}-replies`;
  const headingId = `post-${post.id}-heading`;
  const close = () => thread.setMode(null);

  return (
    <li className="post-node">
      <article
        id={`post-${post.id}`}
        className={post.depth === 0 ? 'post opening' : 'post'}
        aria-labelledby={headingId}
        tabIndex={thread.focusedId === post.id ? 0 : -1}
        data-post-id={post.id}
        onFocus={(event) => {
          if (event.target === event.currentTarget) thread.setFocusedId(post.id);
        }}
      >
        <header className="post-header">
          <h3 id={headingId} className="post-author">
            {post.author.displayName} <span className="office-code">{post.author.office.code}</span>
            <span className="visually-hidden">
              {' '}
              {post.depth === 0 ? t('threads.post.opening') : t('threads.post.level', { level: post.depth })}
            </span>
          </h3>
          <p className="meta">
            <time dateTime={post.createdAt}>{format.dateTime(post.createdAt)}</time>
            {post.editedAt && <span> · {t('threads.post.edited', { date: format.dateTime(post.editedAt) })}</span>}
          </p>
        </header>
        {post.deleted ? (
          <p className="post-body deleted">{t('threads.post.deleted')}</p>
        ) : mode === 'edit' ? (
          <LazyComposer
            label={t('threads.edit.label')}
            submitLabel={t('threads.edit.submit')}
            initialBody={post.body}
            initialAttachments={post.attachments}
            onSubmit={async (body, attachments) => {
              const error = await thread.edit(post.id, body, attachments);
              if (!error) close();
              return error;
            }}
            onCancel={close}
            autoFocus
          />
        ) : (
          <div
            className="post-body"
            lang={thread.contentLanguage}
            dangerouslySetInnerHTML={{ __html: post.bodyHtml }}
          />
        )}
        {!post.deleted && mode !== 'edit' && <Attachments post={post} />}
        {!post.deleted && <Reactions post={post} canReact={thread.memberId !== null} />}
        {canChange && mode !== 'edit' && <History post={post} />}

        <div className="post-actions">
          {thread.canReply && !post.deleted && (
            <button
              type="button"
              aria-expanded={mode === 'reply'}
              onClick={() => thread.setMode(mode === 'reply' ? null : { kind: 'reply', postId: post.id })}
            >
              {t('threads.action.reply')}
            </button>
          )}
          {canChange && (
            <button type="button" onClick={() => thread.setMode({ kind: 'edit', postId: post.id })}>
              {t('threads.action.edit')}
            </button>
          )}
          {canChange && (
            <button type="button" onClick={() => thread.setMode({ kind: 'delete', postId: post.id })}>
              {t('threads.action.delete')}
            </button>
          )}
          {thread.memberId && !mine && !post.deleted && !thread.flagged.has(post.id) && (
            <button type="button" onClick={() => thread.setMode({ kind: 'flag', postId: post.id })}>
              {t('threads.action.flag')}
            </button>
          )}
          {thread.flagged.has(post.id) && <span className="meta">{t('threads.flag.sent')}</span>}
          {replies > 0 && (
            <button
              type="button"
              aria-expanded={!collapsed}
              aria-controls={repliesId}
              onClick={() => thread.toggle(post.id)}
            >
              {collapsed
                ? t.plural('threads.action.showReplies', replies)
                : t.plural('threads.action.hideReplies', replies)}
            </button>
          )}
        </div>

        {mode === 'delete' && (
          <div className="confirm">
            <p role="alert">{t('threads.delete.confirm')}</p>
            {problem && <p className="problem">{t('common.error.INTERNAL')}</p>}
            <button
              type="button"
              className="danger"
              onClick={() =>
                void thread.remove(post.id).then((error) => {
                  setProblem(Boolean(error));
                  if (!error) close();
                })
              }
            >
              {t('threads.delete.submit')}
            </button>{' '}
            <button type="button" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        )}
        {mode === 'flag' && (
          <FlagForm
            postId={post.id}
            onDone={(flagged) => {
              if (flagged) thread.markFlagged(post.id);
              close();
            }}
          />
        )}
        {mode === 'reply' && (
          <LazyComposer
            label={t('threads.reply.label', { author: post.author.displayName })}
            submitLabel={t('threads.reply.submit')}
            onSubmit={async (body, attachments) => {
              const error = await thread.reply(post.depth === 0 ? null : post.id, body, attachments);
              if (!error) close();
              return error;
            }}
            onCancel={close}
            autoFocus
          />
        )}
      </article>
      {node.children.length > 0 && (
        <ul id={repliesId} className="replies" hidden={collapsed}>
          {node.children.map((child) => (
            <PostItem key={child.post.id} node={child} />
          ))}
        </ul>
      )}
    </li>
  );
}
