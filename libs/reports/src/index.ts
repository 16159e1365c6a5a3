// The public face of reports: experience reports and ICT strategies (recommendations 9 and 2).
export { ReportsModule, reportsEntities } from './reports.module.js';
export { StrategiesService } from './strategies.service.js';
export { ReportsService } from './reports.service.js';
export { ExperienceReportModel, ExperienceReportConnection } from './dto/report.model.js';
export { IctStrategyModel, IctStrategyConnection } from './dto/strategy.model.js';
export { BudgetBand, DeliveryModel, ProjectPhase, TeamSizeBand, WouldDoAgain } from './report.enums.js';
export { IctStrategyEntity } from './strategy.entity.js';
export { ExperienceReportEntity } from './report.entity.js';
export {
  DocumentVersions,
  type DocumentHolderKind,
  type DocumentHolderTarget,
  type DocumentVersionsPort,
} from './share-documents.js';
