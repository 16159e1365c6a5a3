import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const root = new URL('../../', import.meta.url);
const engines = (JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as { engines: { node: string } })
  .engines.node;

// .ci/run sources scripts/node24.sh, so on a machine that ships an older Node the whole suite runs on Node 24;
// the version is in this test's name so the CI log shows it.
describe(`the runtime (tests run on Node ${process.version})`, () => {
  it('is at least the engines floor in package.json', () => {
    const floor = /^>=(\d+)\.(\d+)$/.exec(engines);
    expect(floor).not.toBeNull();
    const [major, minor] = process.versions.node.split('.').map(Number);
    const [floorMajor, floorMinor] = [Number(floor![1]), Number(floor![2])];
    expect(major > floorMajor || (major === floorMajor && minor >= floorMinor)).toBe(true);
  });

  it('is the node that child processes (the API under test) run on', () => {
    expect(execFileSync('node', ['-v'], { encoding: 'utf8' }).trim()).toBe(process.version);
  });

  it('names in .nvmrc the major version that scripts/node24.sh provisions', () => {
    const nvmrc = readFileSync(new URL('.nvmrc', root), 'utf8').trim();
    const script = readFileSync(new URL('scripts/node24.sh', root), 'utf8');
    expect(script).toMatch(new RegExp(`NODE24_VERSION="${nvmrc}\\.\\d+\\.\\d+"`));
  });
});
