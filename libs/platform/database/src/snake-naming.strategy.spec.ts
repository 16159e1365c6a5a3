import { SnakeNamingStrategy } from './snake-naming.strategy.js';

describe('SnakeNamingStrategy', () => {
  const naming = new SnakeNamingStrategy();
  it('names tables and columns in snake_case', () => {
    expect(naming.tableName('ThreadEntity', undefined)).toBe('thread_entity');
    expect(naming.tableName('Thread', 'thread')).toBe('thread');
    expect(naming.columnName('lastActivityAt', undefined, [])).toBe('last_activity_at');
    expect(naming.columnName('code', undefined, ['office'])).toBe('office_code');
    expect(naming.joinColumnName('parentPost', 'id')).toBe('parent_post_id');
  });
});
