import { containsNul } from './reject-nul.js';

describe('containsNul', () => {
  it('finds U+0000 anywhere in variables', () => {
    expect(containsNul({ input: { tags: ['ok', 'b\u0000d'] } })).toBe(true);
    expect(containsNul({ input: { body: 'fine', n: 3, list: [null, { x: 'y' }] } })).toBe(false);
    expect(containsNul(undefined)).toBe(false);
  });
});
