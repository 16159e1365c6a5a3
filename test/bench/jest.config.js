import preset from '../../jest.preset.js';

// Benchmarks print figures; they are not part of `npm test` (run `npm run bench`).
export default { ...preset, rootDir: import.meta.dirname, testMatch: ['**/*.bench.ts'], testTimeout: 600_000 };
