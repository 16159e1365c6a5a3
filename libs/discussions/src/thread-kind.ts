import { registerEnumType } from '@nestjs/graphql';

/** What a thread is: a plain discussion, or one of the kinds of material the recommendations ask offices to share. */
export enum ThreadKind {
  DISCUSSION = 'DISCUSSION',
  QUESTION = 'QUESTION',
  EXPERIENCE_REPORT = 'EXPERIENCE_REPORT',
  ICT_STRATEGY = 'ICT_STRATEGY',
  TECH_STACK = 'TECH_STACK',
  ROADMAP = 'ROADMAP',
}

registerEnumType(ThreadKind, {
  name: 'ThreadKind',
  description: 'What a thread is about.',
  valuesMap: {
    DISCUSSION: { description: 'An open discussion.' },
    QUESTION: { description: 'A question to other offices.' },
    EXPERIENCE_REPORT: { description: 'Lessons learned on an ICT project (recommendation 9).' },
    ICT_STRATEGY: { description: "An office's ICT strategy and its reviews (recommendation 2)." },
    TECH_STACK: { description: "An office's current technology stack (recommendation 8)." },
    ROADMAP: { description: 'A technology roadmap, decommissioning plans included (recommendation 8).' },
  },
});

/** The small fixed set of reactions to a post. */
export enum ReactionKind {
  LIKE = 'LIKE',
  THANKS = 'THANKS',
  INSIGHTFUL = 'INSIGHTFUL',
  SAME_HERE = 'SAME_HERE',
}

registerEnumType(ReactionKind, {
  name: 'ReactionKind',
  description: 'A reaction to a post.',
  valuesMap: {
    LIKE: { description: 'Agreement or appreciation.' },
    THANKS: { description: 'Thanks for sharing.' },
    INSIGHTFUL: { description: 'Learned something from it.' },
    SAME_HERE: { description: 'Our office has the same experience.' },
  },
});

export enum FlagStatus {
  OPEN = 'OPEN',
  DISMISSED = 'DISMISSED',
  POST_REMOVED = 'POST_REMOVED',
}

registerEnumType(FlagStatus, {
  name: 'FlagStatus',
  description: "Where a flag stands in the moderators' queue.",
  valuesMap: {
    OPEN: { description: 'Waiting for a moderator.' },
    DISMISSED: { description: 'A moderator found nothing wrong.' },
    POST_REMOVED: { description: 'A moderator deleted the post.' },
  },
});
