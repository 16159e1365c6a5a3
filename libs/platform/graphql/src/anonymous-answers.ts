import { HeaderMap, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import type { FormattedExecutionResult } from 'graphql';

export interface AnonymousAnswersOptions {
  /** How long an answer may be kept when no event clears it first (writes whose events no consumer takes). */
  ttlMs: number;
  /** The answers' total size in memory (their JSON strings), beyond which the least recently used go. */
  maxBytes: number;
  now?: () => number;
}

const BEYOND_LATIN1 = /[\u0100-\uffff]/;

interface Kept {
  /** The answer's JSON: a string is a third to a fifth of the heap the same answer takes as objects. */
  json: string;
  bytes: number;
  until: number;
}

/**
 * Answers to anonymous queries (no Authorization header: the one visibility class that sees public content only),
 * kept per instance and keyed by (document, operation name, variables). Emptied by `clear()`, which the platform
 * calls for every domain event any instance publishes (the outbox's NOTIFY) and after every mutation of this
 * instance, so an edit shows at once; the time limit only bounds writes whose events wake no consumer. Signed-in
 * requests are never answered from it and never stored (their answers depend on the member: `reactedByMe`, office
 * shares). Answers with errors are not kept. An answer computed while an event arrived is not kept either: it may
 * have read the data from before the event (`generation`).
 */
export class AnonymousAnswers {
  private readonly kept = new Map<string, Kept>();
  private bytes = 0;
  private generation = 0;
  private following = false;
  private readonly now: () => number;

  constructor(private readonly options: AnonymousAnswersOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Nothing is kept until the answers follow the events: `subscribe` calls its listener for every domain event any
   * instance publishes (and when notifications may have been missed). Returns the way to stop following.
   */
  follow(subscribe: (listener: () => void) => () => void): () => void {
    const unsubscribe = subscribe(() => this.clear());
    this.following = this.options.ttlMs > 0;
    return () => {
      this.following = false;
      this.clear();
      unsubscribe();
    };
  }

  clear(): void {
    this.generation += 1;
    this.kept.clear();
    this.bytes = 0;
  }

  get size(): number {
    return this.kept.size;
  }

  plugin(): ApolloServerPlugin<BaseContext> {
    return {
      requestDidStart: async ({ request }) => {
        if (!this.following) return {};
        if (request.http?.headers.get('authorization')) {
          // A signed-in member's mutation clears too (below); its queries are never kept.
          return { willSendResponse: async ({ operation }) => this.clearAfterMutation(operation?.operation) };
        }
        const generation = this.generation;
        let key: string | undefined;
        let served = false;
        return {
          responseForOperation: async ({ operation, source, operationName, request: { variables } }) => {
            if (operation.operation !== 'query') return null;
            key = JSON.stringify([source, operationName ?? null, variables ?? {}]);
            const result = this.get(key);
            if (!result) return null;
            served = true;
            return {
              http: { status: undefined, headers: new HeaderMap() },
              body: { kind: 'single', singleResult: result },
            };
          },
          willSendResponse: async ({ operation, response }) => {
            this.clearAfterMutation(operation?.operation);
            if (!key || served || this.generation !== generation || response.body.kind !== 'single') return;
            const result = response.body.singleResult;
            if (result.errors?.length || !result.data) return;
            this.set(key, result);
          },
        };
      },
    };
  }

  private clearAfterMutation(kind: string | undefined): void {
    // The mutation's transaction committed before its answer: what was kept may show the data from before it.
    if (kind === 'mutation') this.clear();
  }

  private get(key: string): FormattedExecutionResult | undefined {
    const kept = this.kept.get(key);
    if (!kept) return undefined;
    if (kept.until <= this.now()) {
      this.drop(key, kept);
      return undefined;
    }
    // Most recently used last: eviction takes from the front.
    this.kept.delete(key);
    this.kept.set(key, kept);
    return JSON.parse(kept.json) as FormattedExecutionResult;
  }

  private set(key: string, result: FormattedExecutionResult): void {
    const json = JSON.stringify(result);
    // V8 keeps a string with any character beyond Latin-1 (Chinese, Arabic, Russian) at two bytes per character.
    const bytes = (json.length + key.length) * (BEYOND_LATIN1.test(json) || BEYOND_LATIN1.test(key) ? 2 : 1);
    if (bytes > this.options.maxBytes) return;
    const old = this.kept.get(key);
    if (old) this.drop(key, old);
    this.kept.set(key, { json, bytes, until: this.now() + this.options.ttlMs });
    this.bytes += bytes;
    for (const [oldest, entry] of this.kept) {
      if (this.bytes <= this.options.maxBytes) break;
      this.drop(oldest, entry);
    }
  }

  private drop(key: string, kept: Kept): void {
    this.kept.delete(key);
    this.bytes -= kept.bytes;
  }
}
