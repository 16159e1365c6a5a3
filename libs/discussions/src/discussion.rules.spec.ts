import { ForumError } from '@forum/graphql';
import { checkBody, checkTags, checkTitle, childPath, MAX_BODY_BYTES } from './discussion.rules.js';

describe('discussion rules', () => {
  it('orders paths depth-first with siblings oldest first when compared bytewise', () => {
    const paths = [
      childPath(null, 1),
      childPath(childPath(null, 1), 3),
      childPath(childPath(childPath(null, 1), 3), 12),
      childPath(childPath(null, 1), 10),
      childPath(childPath(null, 1), 2),
    ];
    const sorted = [...paths].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(sorted).toEqual([
      '00000001',
      '00000001.00000002',
      '00000001.00000003',
      '00000001.00000003.00000012',
      '00000001.00000010',
    ]);
  });

  it('limits bodies to 64 KiB of UTF-8, counting bytes, not characters', () => {
    expect(checkBody('x'.repeat(MAX_BODY_BYTES))).toHaveLength(MAX_BODY_BYTES);
    expect(() => checkBody('x'.repeat(MAX_BODY_BYTES + 1))).toThrow(ForumError);
    expect(() => checkBody('知'.repeat(22_000))).toThrow(/at most 65536/);
    expect(() => checkBody('   ')).toThrow(/empty/);
  });

  it('accepts at most 10 lower-case slug tags, without duplicates', () => {
    expect(checkTags(['cloud', 'ai-search', 'cloud'])).toEqual(['cloud', 'ai-search']);
    expect(() => checkTags(Array.from({ length: 11 }, (_, i) => `t${i}`))).toThrow(/At most 10/);
    for (const bad of ['Cloud', 'two words', 'x_y', '-x']) expect(() => checkTags([bad])).toThrow(/not a tag/);
  });

  it('needs a title of 3 to 200 characters', () => {
    expect(checkTitle('  Cloud migration  ')).toBe('Cloud migration');
    expect(() => checkTitle('ab')).toThrow(ForumError);
  });
});
