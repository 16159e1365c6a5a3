import { registerEnumType } from '@nestjs/graphql';

// The typed vocabulary of reports and strategies: what makes them comparable across offices.

export enum DeliveryModel {
  IN_HOUSE = 'IN_HOUSE',
  EXTERNAL = 'EXTERNAL',
  HYBRID = 'HYBRID',
}
registerEnumType(DeliveryModel, {
  name: 'DeliveryModel',
  description: 'Who delivered the project.',
  valuesMap: {
    IN_HOUSE: { description: "The office's own staff." },
    EXTERNAL: { description: 'An external provider.' },
    HYBRID: { description: 'Both, together.' },
  },
});

export enum ProjectPhase {
  PLANNING = 'PLANNING',
  MANAGEMENT = 'MANAGEMENT',
  DELIVERY = 'DELIVERY',
  REVIEW = 'REVIEW',
}
registerEnumType(ProjectPhase, {
  name: 'ProjectPhase',
  description: 'A phase of an ICT project that a report speaks about.',
  valuesMap: {
    PLANNING: { description: 'Deciding what to build and how.' },
    MANAGEMENT: { description: 'Running the project.' },
    DELIVERY: { description: 'Building and rolling out.' },
    REVIEW: { description: 'Evaluating afterwards.' },
  },
});

export enum BudgetBand {
  UNDER_100K = 'UNDER_100K',
  FROM_100K_TO_1M = 'FROM_100K_TO_1M',
  FROM_1M_TO_10M = 'FROM_1M_TO_10M',
  OVER_10M = 'OVER_10M',
}
registerEnumType(BudgetBand, {
  name: 'BudgetBand',
  description: 'The budget in bands (CHF or equivalent), so that reports compare without disclosing figures.',
  valuesMap: {
    UNDER_100K: { description: 'Less than 100,000.' },
    FROM_100K_TO_1M: { description: '100,000 to 1 million.' },
    FROM_1M_TO_10M: { description: '1 to 10 million.' },
    OVER_10M: { description: 'More than 10 million.' },
  },
});

export enum TeamSizeBand {
  UP_TO_5 = 'UP_TO_5',
  FROM_6_TO_20 = 'FROM_6_TO_20',
  FROM_21_TO_50 = 'FROM_21_TO_50',
  OVER_50 = 'OVER_50',
}
registerEnumType(TeamSizeBand, {
  name: 'TeamSizeBand',
  description: 'The size of the project team (office and provider staff) in bands.',
  valuesMap: {
    UP_TO_5: { description: '1 to 5 people.' },
    FROM_6_TO_20: { description: '6 to 20 people.' },
    FROM_21_TO_50: { description: '21 to 50 people.' },
    OVER_50: { description: 'More than 50 people.' },
  },
});

export enum WouldDoAgain {
  YES = 'YES',
  NO = 'NO',
  PARTLY = 'PARTLY',
}
registerEnumType(WouldDoAgain, {
  name: 'WouldDoAgain',
  description: 'Whether the office would run the project this way again.',
  valuesMap: {
    YES: { description: 'The same way.' },
    NO: { description: 'Not this way.' },
    PARTLY: { description: 'With changes.' },
  },
});

export enum GoalStatus {
  NOT_STARTED = 'NOT_STARTED',
  ON_TRACK = 'ON_TRACK',
  AT_RISK = 'AT_RISK',
  ACHIEVED = 'ACHIEVED',
  DROPPED = 'DROPPED',
}
registerEnumType(GoalStatus, {
  name: 'GoalStatus',
  description: "A strategy goal's status in a yearly review.",
  valuesMap: {
    NOT_STARTED: { description: 'Work has not started.' },
    ON_TRACK: { description: 'Progressing as planned.' },
    AT_RISK: { description: 'Late or in doubt.' },
    ACHIEVED: { description: 'Reached.' },
    DROPPED: { description: 'Given up or replaced.' },
  },
});

export enum StrategyStatus {
  CURRENT = 'CURRENT',
  UPCOMING = 'UPCOMING',
  SUPERSEDED = 'SUPERSEDED',
  EXPIRED = 'EXPIRED',
}
registerEnumType(StrategyStatus, {
  name: 'StrategyStatus',
  description: 'Where a strategy stands against the calendar.',
  valuesMap: {
    CURRENT: { description: 'This year is inside its period.' },
    UPCOMING: { description: 'Its period starts in a later year.' },
    SUPERSEDED: { description: 'Its period has ended and the office shares a strategy starting later.' },
    EXPIRED: { description: 'Its period has ended and no later strategy of the office is shared.' },
  },
});
