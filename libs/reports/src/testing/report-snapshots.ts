import type { EntityManager } from 'typeorm';
import { Language } from '@forum/graphql';
import { Visibility } from '@forum/identity';
import { BudgetBand, DeliveryModel, ProjectPhase, TeamSizeBand, WouldDoAgain } from '../report.enums.js';
import type { NewReport, ReportContent, ReportFilter } from '../report.types.js';
import { SNAPSHOT, snapshotThread } from './snapshot-rows.js';

// The fixed arguments ReportsRepository's statements are recorded with (queries/reports.repository.sql).

export const SNAPSHOT_REPORT_FILTER: ReportFilter = {
  deliveryModel: DeliveryModel.EXTERNAL,
  phase: ProjectPhase.DELIVERY,
  recommendation: 9,
  technologyKey: 'postgresql',
  officeIds: [SNAPSHOT.officeId],
  language: Language.EN,
  overrun: true,
  text: 'search',
};

export const SNAPSHOT_CONTENT: ReportContent = {
  projectName: 'Search',
  deliveryModel: DeliveryModel.HYBRID,
  phases: [ProjectPhase.DELIVERY],
  recommendations: [9, 1],
  technologies: ['PostgreSQL'],
  technologyKeys: ['postgresql'],
  outcome: 'Live',
  lessonsLearned: 'Test early',
  plannedMonths: 12,
  actualMonths: 18,
  budgetBand: BudgetBand.FROM_1M_TO_10M,
  teamSizeBand: TeamSizeBand.FROM_6_TO_20,
  sourcingNotes: null,
  wouldDoAgain: WouldDoAgain.PARTLY,
};

export const snapshotReport = async (db: EntityManager) => {
  await snapshotThread(db);
  await db.query(
    `INSERT INTO experience_report (id, office_id, author_id, thread_id, title, project_name, delivery_model,
       recommendations, outcome, lessons_learned, visibility)
     VALUES ($1, $2, $3, $4, 'Report', 'Search', 'HYBRID', '{9,1}', 'Live', 'Test early', 'COMMUNITY')`,
    [SNAPSHOT.reportId, SNAPSHOT.officeId, SNAPSHOT.memberId, SNAPSHOT.threadId],
  );
  return SNAPSHOT.reportId;
};

export const SNAPSHOT_NEW_REPORT: NewReport = {
  ...SNAPSHOT_CONTENT,
  officeId: SNAPSHOT.officeId,
  authorId: SNAPSHOT.memberId,
  threadId: SNAPSHOT.threadId,
  title: 'Report',
  language: Language.EN,
  visibility: Visibility.COMMUNITY,
  sharedWithOfficeIds: [],
};
