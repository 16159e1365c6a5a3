import preset from '../../jest.preset.js';

// Each file starts real API processes; run them two at a time on a 2-core machine.
export default { ...preset, rootDir: import.meta.dirname, maxWorkers: 2, testTimeout: 120_000 };
