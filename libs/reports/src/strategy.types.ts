import type { Language } from '@forum/graphql';
import type { Visibility } from '@forum/identity';

// The shapes StrategiesRepository takes and returns.

/** The text of a version, as published. */
export interface StrategyText {
  title: string;
  periodStart: number;
  periodEnd: number;
  language: Language;
  summary: string;
  body: string;
  goals: string[];
}

export interface NewStrategy extends StrategyText {
  officeId: string;
  authorId: string;
  threadId: string;
  visibility: Visibility;
  sharedWithOfficeIds: string[];
}

export interface StrategyRow {
  id: string;
  office_id: string;
  author_id: string;
  thread_id: string;
  title: string;
  period_start: number;
  period_end: number;
  language: Language;
  summary: string;
  body: string;
  goals: string[];
  version: number;
  visibility: Visibility;
  shared_with_office_ids: string[];
  created_at: Date;
  updated_at: Date;
  /** Another strategy of the same office, visible to the same viewer, starts later. */
  superseded: boolean;
  cursor_at: string;
}

export interface VersionRow {
  id: string;
  strategy_id: string;
  version: number;
  title: string;
  period_start: number;
  period_end: number;
  language: Language;
  summary: string;
  body: string;
  goals: string[];
  created_at: Date;
}

/** A checked browse of strategies: each filter off when null; officeIds null for any office. */
export interface StrategyFilter {
  officeIds: string[] | null;
  year: number | null;
  language: Language | null;
  text: string | null;
}

export interface StrategyPage extends StrategyFilter {
  limit: number;
  after: { at: string; id: string } | null;
}
