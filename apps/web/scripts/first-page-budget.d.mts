// Types of first-page-budget.mjs (a plain JavaScript build script, run by `npm run build:web`), for its test.
export declare const BUDGET_KB: number;
/** The files of the first page: index.html's module scripts and modulepreload links, in order, once each. */
export declare function firstPageScripts(html: string): string[];
/** Sizes of the first page's JavaScript in `dir` (a built client), in bytes, gzipped at the highest level. */
export declare function measureFirstPage(dir: string): {
  files: { file: string; bytes: number; gzipped: number }[];
  gzipped: number;
};
export declare const kilobytes: (bytes: number) => string;
