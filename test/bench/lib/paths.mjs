import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const WORKSPACE = fileURLToPath(new URL('../../../', import.meta.url));
export const RESULTS = `${WORKSPACE}test/bench/results/`;

/** A module of the production build (`npm run build`), as a file URL for import(). */
export function dist(path) {
  const file = `${WORKSPACE}dist/${path}`;
  if (!existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  return new URL(`file://${file}`).href;
}
