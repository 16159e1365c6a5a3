import type { Client } from 'pg';

export declare const INVARIANTS: Record<string, string>;
export declare function checkInvariants(client: Client): Promise<Record<string, number>>;
