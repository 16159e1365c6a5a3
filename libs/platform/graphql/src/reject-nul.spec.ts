import { inspectVariables, MAX_VARIABLE_DEPTH } from './reject-nul.js';

const nested = (levels: number): unknown => {
  let value: unknown = 'leaf';
  for (let i = 0; i < levels; i += 1) value = i % 2 ? [value] : { x: value };
  return value;
};

describe('inspectVariables', () => {
  it('finds U+0000 anywhere in variables, naming the variable', () => {
    expect(inspectVariables({ input: { tags: ['ok', 'b\u0000d'] } })).toEqual({ kind: 'nul', variable: 'input' });
    expect(inspectVariables({ input: { 'k\u0000': 1 } })).toEqual({ kind: 'nul', variable: 'input' });
    expect(inspectVariables({ input: { body: 'fine', n: 3, list: [null, { x: 'y' }] } })).toBeNull();
    expect(inspectVariables(undefined)).toBeNull();
  });

  it('refuses nesting beyond the limit without overflowing the stack, however deep', () => {
    expect(inspectVariables({ input: nested(MAX_VARIABLE_DEPTH - 1) })).toBeNull();
    expect(inspectVariables({ input: nested(MAX_VARIABLE_DEPTH + 1) })).toEqual({ kind: 'depth', variable: 'input' });
    expect(inspectVariables({ deep: nested(200_000) })).toEqual({ kind: 'depth', variable: 'deep' });
  });
});
