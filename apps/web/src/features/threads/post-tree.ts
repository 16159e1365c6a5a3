/** A post in the reply tree, with the replies under it. */
export interface PostNode<P> {
  post: P;
  children: PostNode<P>[];
}

/**
 * The tree of a thread's posts, from the API's reading order (depth-first, siblings oldest first, each with its
 * depth): a post's parent is the nearest earlier post one level up. Posts whose parent is not among them (a later
 * page read alone) become roots.
 */
export function buildPostTree<P extends { depth: number }>(posts: P[]): PostNode<P>[] {
  const roots: PostNode<P>[] = [];
  const open: PostNode<P>[] = [];
  for (const post of posts) {
    const node: PostNode<P> = { post, children: [] };
    while (open.length > 0 && open[open.length - 1]!.post.depth >= post.depth) open.pop();
    const parent = open[open.length - 1];
    if (parent && parent.post.depth === post.depth - 1) parent.children.push(node);
    else roots.push(node);
    open.push(node);
  }
  return roots;
}

/** Ids of the posts a reader can reach by keyboard, in reading order: the collapsed ones' replies are skipped. */
export function visibleOrder<P extends { id: string }>(roots: PostNode<P>[], collapsed: ReadonlySet<string>): string[] {
  const ids: string[] = [];
  const walk = (nodes: PostNode<P>[]) => {
    for (const node of nodes) {
      ids.push(node.post.id);
      if (!collapsed.has(node.post.id)) walk(node.children);
    }
  };
  walk(roots);
  return ids;
}

/** Each post's parent id in the tree (roots have none). */
export function parentsOf<P extends { id: string }>(roots: PostNode<P>[]): Map<string, string> {
  const parents = new Map<string, string>();
  const walk = (nodes: PostNode<P>[]) => {
    for (const node of nodes) {
      for (const child of node.children) parents.set(child.post.id, node.post.id);
      walk(node.children);
    }
  };
  walk(roots);
  return parents;
}
