import preset from '../../jest.preset.js';

// The web client in Debian's Chromium (playwright-core) against the built API (npm run build && npm run build:web
// first). One file at a time: each starts an API and a browser, and two at once would starve a 2-core machine.
export default { ...preset, rootDir: import.meta.dirname, maxWorkers: 1, testTimeout: 120_000 };
