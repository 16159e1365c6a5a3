export declare const BENCH_MEMBERS: number;
export declare const BENCH_PASSWORD: string;
export declare function benchEmail(i: number): string;

export interface ForumShape {
  posts: number;
  threads?: number;
  members?: number;
  offices?: number;
  seed?: number;
}

export interface LoadedForum extends Required<ForumShape> {
  counts: {
    members: number;
    threads: number;
    posts: number;
    reactions: number;
    revisions: number;
    flags: number;
    /** Strategies, reports and stack versions (seed/catalog.mjs), with the stacks' components. */
    strategies: number;
    reports: number;
    stacks: number;
    components: number;
  };
  seconds: number;
}

export declare function loadForum(
  url: string,
  options: ForumShape,
  renderMarkdown: (markdown: string) => string,
  log?: (line: string) => void,
): Promise<LoadedForum>;
