import { buildPostTree, parentsOf, visibleOrder } from '../src/features/threads/post-tree';

// The API's reading order: depth-first, siblings oldest first.
const posts = [
  { id: 'open', depth: 0 },
  { id: 'a', depth: 1 },
  { id: 'a1', depth: 2 },
  { id: 'a1x', depth: 3 },
  { id: 'a2', depth: 2 },
  { id: 'b', depth: 1 },
  { id: 'b1', depth: 2 },
];

const shape = (nodes: ReturnType<typeof buildPostTree<(typeof posts)[number]>>): unknown =>
  nodes.map((node) => [node.post.id, shape(node.children)]);

describe('the reply tree', () => {
  it('is rebuilt from the reading order and the depths', () => {
    expect(shape(buildPostTree(posts))).toEqual([
      [
        'open',
        [
          [
            'a',
            [
              ['a1', [['a1x', []]]],
              ['a2', []],
            ],
          ],
          ['b', [['b1', []]]],
        ],
      ],
    ]);
  });

  it('makes roots of posts whose parent is not on the page', () => {
    expect(
      shape(
        buildPostTree([
          { id: 'a2', depth: 2 },
          { id: 'b', depth: 1 },
          { id: 'b1', depth: 2 },
        ]),
      ),
    ).toEqual([
      ['a2', []],
      ['b', [['b1', []]]],
    ]);
  });

  it('skips the replies of collapsed posts when moving by keyboard, and knows each parent', () => {
    const roots = buildPostTree(posts);
    expect(visibleOrder(roots, new Set())).toEqual(posts.map((post) => post.id));
    expect(visibleOrder(roots, new Set(['a']))).toEqual(['open', 'a', 'b', 'b1']);
    expect(visibleOrder(roots, new Set(['open']))).toEqual(['open']);
    const parents = parentsOf(roots);
    expect(parents.get('a1x')).toBe('a1');
    expect(parents.get('b')).toBe('open');
    expect(parents.has('open')).toBe(false);
  });
});
