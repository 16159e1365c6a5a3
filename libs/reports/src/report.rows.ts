import type { ExperienceReportModel } from './dto/report.model.js';
import type { ReportRow } from './report.types.js';

export const toReportModel = (row: ReportRow): ExperienceReportModel => ({
  id: row.id,
  officeId: row.office_id,
  authorId: row.author_id,
  threadId: row.thread_id,
  title: row.title,
  projectName: row.project_name,
  deliveryModel: row.delivery_model,
  phases: row.phases,
  recommendations: row.recommendations,
  technologies: row.technologies,
  outcome: row.outcome,
  lessonsLearned: row.lessons_learned,
  plannedMonths: row.planned_months,
  actualMonths: row.actual_months,
  overrunMonths:
    row.planned_months === null || row.actual_months === null ? null : row.actual_months - row.planned_months,
  budgetBand: row.budget_band,
  teamSizeBand: row.team_size_band,
  sourcingNotes: row.sourcing_notes,
  wouldDoAgain: row.would_do_again,
  language: row.language,
  visibility: row.visibility,
  sharedWithOfficeIds: row.shared_with_office_ids,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});
