import preset from '../../jest.preset.js';

// The integration test of the benchmark's data generator (part of npm test). The benchmark itself is plain Node
// scripts run by `npm run bench`, not jest.
export default { ...preset, rootDir: import.meta.dirname };
