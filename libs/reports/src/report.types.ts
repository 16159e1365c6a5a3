import type { Language } from '@forum/graphql';
import type { Visibility } from '@forum/identity';
import type { BudgetBand, DeliveryModel, ProjectPhase, TeamSizeBand, WouldDoAgain } from './report.enums.js';

// The shapes ReportsRepository takes and returns.

/** The typed content of a report: what an edit replaces and a revision keeps. */
export interface ReportContent {
  projectName: string;
  deliveryModel: DeliveryModel;
  phases: ProjectPhase[];
  recommendations: number[];
  technologies: string[];
  technologyKeys: string[];
  outcome: string;
  lessonsLearned: string;
  plannedMonths: number | null;
  actualMonths: number | null;
  budgetBand: BudgetBand | null;
  teamSizeBand: TeamSizeBand | null;
  sourcingNotes: string | null;
  wouldDoAgain: WouldDoAgain | null;
}

export interface NewReport extends ReportContent {
  officeId: string;
  authorId: string;
  threadId: string;
  title: string;
  language: Language;
  visibility: Visibility;
  sharedWithOfficeIds: string[];
}

export interface ReportRow {
  id: string;
  office_id: string;
  author_id: string;
  thread_id: string;
  title: string;
  project_name: string;
  delivery_model: DeliveryModel;
  phases: ProjectPhase[];
  recommendations: number[];
  technologies: string[];
  technology_keys: string[];
  outcome: string;
  lessons_learned: string;
  planned_months: number | null;
  actual_months: number | null;
  budget_band: BudgetBand | null;
  team_size_band: TeamSizeBand | null;
  sourcing_notes: string | null;
  would_do_again: WouldDoAgain | null;
  language: Language;
  visibility: Visibility;
  shared_with_office_ids: string[];
  created_at: Date;
  updated_at: Date;
  cursor_at: string;
}

/** A checked filter of reports: each part off when null. */
export interface ReportFilter {
  deliveryModel: DeliveryModel | null;
  phase: ProjectPhase | null;
  recommendation: number | null;
  technologyKey: string | null;
  officeIds: string[] | null;
  language: Language | null;
  overrun: boolean | null;
  text: string | null;
}

export interface ReportPage extends ReportFilter {
  limit: number;
  after: { at: string; id: string } | null;
}

export interface ReportStatsRow {
  count: number;
  in_house: number;
  external: number;
  hybrid: number;
  with_durations: number;
  overrun: number;
  median_overrun: number | null;
}
