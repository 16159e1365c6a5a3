import preset from '../../jest.preset.js';

// Faults injected into real API processes (a database dropping connections, a killed server): one file at a time,
// since each one loads the machine on purpose.
export default {
  ...preset,
  rootDir: import.meta.dirname,
  testMatch: ['**/*.fault-spec.ts'],
  maxWorkers: 1,
  testTimeout: 180_000,
};
