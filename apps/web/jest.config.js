import preset from '../../jest.preset.js';

// The web client's unit tests: plain modules of src/ (messages, the reply tree, the report input) and the build's
// tooling, in Node. No database: the preset's global setup is left out. Pages are tested in a real browser
// (test/browser).
export default {
  ...preset,
  rootDir: import.meta.dirname,
  roots: ['<rootDir>/test'],
  globalSetup: undefined,
  globalTeardown: undefined,
};
