import { runApi } from '@forum/testing';

describe('configuration is validated at start', () => {
  it.each([
    ['PORT', 'abc'],
    ['PORT', '99999'],
    ['DATABASE_URL', 'mysql://localhost/forum'],
    ['LOG_LEVEL', 'shout'],
  ])('%s=%s stops the process with a message that names the variable', async (name, value) => {
    const { exited, output } = runApi({ env: { [name]: value, DATA_DIR: '/nonexistent-never-used' } });
    const code = await exited;
    expect(code).not.toBe(0);
    expect(output()).toContain(name);
    expect(output()).not.toMatch(/API listening/);
  });
});
