import type {
  BudgetBand,
  DeliveryModel,
  ExperienceReportInput,
  Language,
  ProjectPhase,
  TeamSizeBand,
  Visibility,
  WouldDoAgain,
} from '../../gql/graphql';

/** The form as typed: strings and sets, turned into the API's input by `toReportInput`. */
export interface ReportDraft {
  title: string;
  projectName: string;
  mainRecommendation: number;
  otherRecommendations: number[];
  deliveryModel: DeliveryModel;
  phases: ProjectPhase[];
  technologies: string;
  outcome: string;
  lessonsLearned: string;
  sourcingNotes: string;
  plannedMonths: string;
  actualMonths: string;
  budgetBand: BudgetBand | '';
  teamSizeBand: TeamSizeBand | '';
  wouldDoAgain: WouldDoAgain | '';
  language: Language;
  visibility: Visibility;
  sharedWith: string[];
  tags: string;
}

export const emptyDraft = (mainRecommendation: number, language: Language): ReportDraft => ({
  title: '',
  projectName: '',
  mainRecommendation,
  otherRecommendations: [],
  deliveryModel: 'IN_HOUSE',
  phases: [],
  technologies: '',
  outcome: '',
  lessonsLearned: '',
  sourcingNotes: '',
  plannedMonths: '',
  actualMonths: '',
  budgetBand: '',
  teamSizeBand: '',
  wouldDoAgain: '',
  language,
  visibility: 'COMMUNITY',
  sharedWith: [],
  tags: '',
});

/** Comma- or line-separated words, trimmed, without empties. */
export const listOf = (text: string) =>
  text
    .split(/[,\n，、]/)
    .map((item) => item.trim())
    .filter(Boolean);

/** A whole number as typed; anything else (a letter, a fraction) goes to the API as typed so that it says why. */
const monthsOf = (text: string): number | null => (text.trim() === '' ? null : Number(text));

/** The API's input; the API checks every rule and names the field that breaks one. */
export function toReportInput(draft: ReportDraft, clientMutationId: string): ExperienceReportInput {
  return {
    title: draft.title,
    projectName: draft.projectName,
    recommendations: [
      draft.mainRecommendation,
      ...draft.otherRecommendations.filter((n) => n !== draft.mainRecommendation),
    ],
    deliveryModel: draft.deliveryModel,
    phases: draft.phases,
    technologies: listOf(draft.technologies),
    outcome: draft.outcome,
    lessonsLearned: draft.lessonsLearned,
    sourcingNotes: draft.sourcingNotes.trim() || null,
    plannedMonths: monthsOf(draft.plannedMonths),
    actualMonths: monthsOf(draft.actualMonths),
    budgetBand: draft.budgetBand || null,
    teamSizeBand: draft.teamSizeBand || null,
    wouldDoAgain: draft.wouldDoAgain || null,
    language: draft.language,
    visibility: draft.visibility,
    sharedWith: draft.visibility === 'OFFICES' ? draft.sharedWith : null,
    tags: listOf(draft.tags).map((tag) => tag.toLowerCase()),
    clientMutationId,
  };
}
