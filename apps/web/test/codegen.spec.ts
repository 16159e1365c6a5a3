import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';

const root = join(import.meta.dirname, '../../..');

// The client's typed operations are generated from schema.gql (npm run codegen:web) and committed: when the schema
// or an operation changes, this fails until they are generated again.
describe('the generated GraphQL types', () => {
  it('match schema.gql and the operations of src/**/*.graphql', async () => {
    const config = JSON.parse(readFileSync(join(root, 'apps/web/codegen.json'), 'utf8'));
    const cwd = process.cwd();
    process.chdir(root);
    try {
      const outputs = (await generate({ ...config, silent: true }, false)) as { filename: string; content: string }[];
      expect(outputs.length).toBeGreaterThan(0);
      for (const output of outputs)
        expect([output.filename, readFileSync(join(root, output.filename), 'utf8')]).toEqual([
          output.filename,
          output.content,
        ]);
    } finally {
      process.chdir(cwd);
    }
  }, 60_000);
});
