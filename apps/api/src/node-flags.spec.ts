import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// The API's memory depends on two V8 flags (docs/operations.md, "Memory"; measured in docs/performance.md): npm start,
// the Docker image and the benchmark must all run it with them.
const root = join(import.meta.dirname, '../../..');
const read = (file: string) => readFileSync(join(root, file), 'utf8');
const MAIN = 'dist/apps/api/src/main.js';

function npmStartFlags(): string[] {
  const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
  const match = /\bnode((?: --[\w-]+(?:=\S+)?)*) dist\/apps\/api\/src\/main\.js/.exec(scripts.start);
  return match ? match[1].trim().split(/\s+/) : [];
}

function dockerCmdFlags(): string[] {
  const cmd = /^CMD (\[.*\])$/m.exec(read('docker/Dockerfile'));
  const argv = cmd ? (JSON.parse(cmd[1]) as string[]) : [];
  return argv[0] === 'node' && argv.at(-1) === MAIN ? argv.slice(1, -1) : [];
}

describe('the Node flags the API runs with', () => {
  it('cap the young generation and slow the old generation growth, in npm start', () => {
    expect(npmStartFlags()).toEqual(['--max-semi-space-size=8', '--heap-growing-percent=40']);
  });

  it('are the same in the Docker image', () => {
    expect(dockerCmdFlags()).toEqual(npmStartFlags());
  });

  it('are the ones the benchmark starts the API with', async () => {
    const { apiNodeFlags } = (await import(join(root, 'test/bench/lib/processes.mjs'))) as {
      apiNodeFlags: () => string[];
    };
    expect(apiNodeFlags()).toEqual(npmStartFlags());
  });
});
