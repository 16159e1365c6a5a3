import { useMemo, type KeyboardEvent } from 'react';
import type { PostFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { PostItem } from './PostItem';
import { parentsOf, visibleOrder, type PostNode } from './post-tree';
import { useThread } from './thread-context';

/**
 * The reply tree. Keyboard: each post is one stop (Tab enters the tree at the current post); ↑/↓ go to the
 * previous/next post shown, ← collapses a post's replies or goes to its parent, → expands them or goes to the first
 * reply, Home/End to the first/last post. Buttons inside a post keep their own keys.
 */
export function PostTree({ roots, label }: { roots: PostNode<PostFieldsFragment>[]; label: string }) {
  const { t } = useI18n();
  const thread = useThread();
  const order = useMemo(() => visibleOrder(roots, thread.collapsed), [roots, thread.collapsed]);
  const parents = useMemo(() => parentsOf(roots), [roots]);
  const firstChild = useMemo(() => {
    const map = new Map<string, string>();
    const walk = (nodes: PostNode<PostFieldsFragment>[]) => {
      for (const node of nodes) {
        if (node.children[0]) map.set(node.post.id, node.children[0].post.id);
        walk(node.children);
      }
    };
    walk(roots);
    return map;
  }, [roots]);

  const focus = (postId: string | undefined) => {
    if (!postId) return;
    thread.setFocusedId(postId);
    document.getElementById(`post-${postId}`)?.focus();
  };

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    const target = event.target as HTMLElement;
    // Only when a post itself has the focus: inside a form or on a button the keys are theirs.
    const postId = target.dataset.postId;
    if (!postId || event.altKey || event.ctrlKey || event.metaKey) return;
    const at = order.indexOf(postId);
    const handled = () => event.preventDefault();
    // Right-to-left layouts mirror the tree: "into the replies" is then the left arrow.
    const rtl = document.documentElement.dir === 'rtl';
    const key =
      rtl && event.key === 'ArrowLeft' ? 'ArrowRight' : rtl && event.key === 'ArrowRight' ? 'ArrowLeft' : event.key;
    switch (key) {
      case 'ArrowDown':
        handled();
        return focus(order[at + 1]);
      case 'ArrowUp':
        handled();
        return focus(order[at - 1]);
      case 'Home':
        handled();
        return focus(order[0]);
      case 'End':
        handled();
        return focus(order[order.length - 1]);
      case 'ArrowLeft':
        handled();
        if (firstChild.has(postId) && !thread.collapsed.has(postId)) return thread.toggle(postId);
        return focus(parents.get(postId));
      case 'ArrowRight':
        handled();
        if (thread.collapsed.has(postId)) return thread.toggle(postId);
        return focus(firstChild.get(postId));
    }
  };

  return (
    <section className="post-tree" aria-label={label} aria-describedby="post-tree-keys" onKeyDown={onKeyDown}>
      <p id="post-tree-keys" className="visually-hidden">
        {t('threads.tree.keys')}
      </p>
      <ul className="replies root">
        {roots.map((node) => (
          <PostItem key={node.post.id} node={node} />
        ))}
      </ul>
    </section>
  );
}
