// Shared jest settings: every project's jest.config.js spreads this.
// Tests run as native ESM (NODE_OPTIONS=--experimental-vm-modules), compiled by swc with the same .swcrc as the build.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const swcrc = JSON.parse(readFileSync(join(import.meta.dirname, '.swcrc'), 'utf8'));
swcrc.jsc.baseUrl = import.meta.dirname;
delete swcrc.$schema;

export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['**/?(*.)+(spec|int-spec|e2e-spec).ts'],
  globalSetup: join(import.meta.dirname, 'libs/platform/testing/src/global-setup.mjs'),
  globalTeardown: join(import.meta.dirname, 'libs/platform/testing/src/global-teardown.mjs'),
  testTimeout: 60_000,
};
