import type {
  BudgetBand,
  DeliveryModel,
  Language,
  ProjectPhase,
  TeamSizeBand,
  Visibility,
  WouldDoAgain,
} from '../../gql/graphql';

/** The API's enum values in the order the form offers them (their labels: reports.<enum>.<VALUE>). */
export const DELIVERY_MODELS: DeliveryModel[] = ['IN_HOUSE', 'EXTERNAL', 'HYBRID'];
export const PHASES: ProjectPhase[] = ['PLANNING', 'DELIVERY', 'MANAGEMENT', 'REVIEW'];
export const BUDGET_BANDS: BudgetBand[] = ['UNDER_100K', 'FROM_100K_TO_1M', 'FROM_1M_TO_10M', 'OVER_10M'];
export const TEAM_SIZE_BANDS: TeamSizeBand[] = ['UP_TO_5', 'FROM_6_TO_20', 'FROM_21_TO_50', 'OVER_50'];
export const WOULD_DO_AGAIN: WouldDoAgain[] = ['YES', 'PARTLY', 'NO'];
export const CONTENT_LANGUAGES: Language[] = ['EN', 'FR', 'ES', 'RU', 'ZH', 'AR'];
export const VISIBILITIES: Visibility[] = ['COMMUNITY', 'PUBLIC', 'OFFICES', 'OFFICE'];
export const RECOMMENDATION_NUMBERS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
