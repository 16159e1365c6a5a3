import type { INestApplicationContext } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ForumError } from '@forum/core';
import { PostsService } from '@forum/discussions';
import { Language } from '@forum/graphql';
import { createTestMember, Role, Visibility, type Viewer } from '@forum/identity';
import {
  BudgetBand,
  DeliveryModel,
  ProjectPhase,
  ReportsService,
  StrategiesService,
  TeamSizeBand,
  WouldDoAgain,
} from '@forum/reports';
import { DEMO_OFFICES, DEMO_REPORTS, DEMO_STRATEGIES, type DemoReport, type DemoStrategy } from './demo-data.js';

/** Every demo member signs in with this password (a demo database only: seed:demo refuses production). */
export const DEMO_PASSWORD = 'demo-forum-password';
export const demoEmail = (code: string, admin = false) =>
  `${admin ? 'admin' : 'member'}.${code.toLowerCase()}@demo.forum.invalid`;

type Members = Map<string, NonNullable<Viewer>>;

/**
 * Loads the demo forum through the domains' services, as its members would: idempotent (members are found by e-mail,
 * reports are retried with a clientMutationId, strategies found by office and title, reviews once per year).
 */
export async function seedDemo(
  app: INestApplicationContext,
): Promise<{ members: number; strategies: number; reports: number }> {
  const members = await demoMembers(app.get(DataSource));
  let strategies = 0;
  for (const strategy of DEMO_STRATEGIES) if (await seedStrategy(app, members, strategy)) strategies += 1;
  for (const report of DEMO_REPORTS) await seedReport(app, members, report);
  return { members: members.size, strategies, reports: DEMO_REPORTS.length };
}

/** One member and one office admin per demo office, created when missing. */
async function demoMembers(dataSource: DataSource): Promise<Members> {
  const members: Members = new Map();
  for (const [code, name, adminName] of DEMO_OFFICES) {
    for (const [key, displayName, role] of [
      [code, name, Role.MEMBER],
      [`${code}-admin`, adminName, Role.OFFICE_ADMIN],
    ] as const) {
      const email = demoEmail(code, role === Role.OFFICE_ADMIN);
      const [found] = (await dataSource.query('SELECT id, office_id, role FROM member WHERE email = $1', [email])) as {
        id: string;
        office_id: string;
        role: Role;
      }[];
      const member = found
        ? { memberId: found.id, officeId: found.office_id, role: found.role }
        : await createTestMember(dataSource, {
            officeCode: code,
            email,
            password: DEMO_PASSWORD,
            role,
            displayName,
          }).then((created) => ({ memberId: created.id, officeId: created.officeId, role }));
      members.set(key, member);
    }
  }
  return members;
}

const member = (members: Members, code: string) => {
  const found = members.get(code);
  if (!found) throw new Error(`No demo member of ${code}`);
  return found;
};

/** Publishes the strategy unless its office shared one of that title already; true when it is new. */
async function seedStrategy(app: INestApplicationContext, members: Members, demo: DemoStrategy): Promise<boolean> {
  const strategies = app.get(StrategiesService);
  const author = member(members, demo.office);
  const existing = await strategies.browse(author, {
    first: 100,
    after: null,
    officeCode: demo.office,
    text: demo.title,
  });
  if (existing.edges.some((edge) => edge.node.title === demo.title)) return false;
  const text = {
    title: demo.title,
    periodStart: demo.periodStart,
    periodEnd: demo.periodEnd,
    language: Language[demo.language],
    summary: demo.summary,
    body: demo.body,
    goals: demo.goals,
  };
  const published = await strategies.publish(author, {
    ...text,
    visibility: Visibility[demo.visibility ?? 'COMMUNITY'],
    sharedWith: demo.sharedWith,
  });
  if (demo.update) await strategies.update(author, { ...text, ...demo.update, strategyId: published.id });
  for (const review of demo.reviews) {
    try {
      await strategies.addReview(member(members, `${demo.office}-admin`), { strategyId: published.id, ...review });
    } catch (error) {
      if (!(error instanceof ForumError && error.reason === 'reports.review-exists')) throw error;
    }
  }
  await replies(app, members, published.threadId, demo.replies, `demo-strategy-${published.id}`);
  return true;
}

async function seedReport(app: INestApplicationContext, members: Members, demo: DemoReport): Promise<void> {
  const { key, office, replies: discussion, deliveryModel, phases, language, visibility, ...fields } = demo;
  const { budgetBand, teamSizeBand, wouldDoAgain } = demo;
  const report = await app.get(ReportsService).post(member(members, office), {
    ...fields,
    deliveryModel: DeliveryModel[deliveryModel],
    phases: phases.map((phase) => ProjectPhase[phase]),
    budgetBand: budgetBand && BudgetBand[budgetBand],
    teamSizeBand: teamSizeBand && TeamSizeBand[teamSizeBand],
    wouldDoAgain: wouldDoAgain && WouldDoAgain[wouldDoAgain],
    language: Language[language ?? 'EN'],
    visibility: Visibility[visibility ?? 'COMMUNITY'],
    clientMutationId: `demo-report-${key}`,
  });
  await replies(app, members, report.threadId, discussion, `demo-report-${key}`);
}

/** The discussion under a share: each reply answers the previous one; retried replies are found, not repeated. */
async function replies(
  app: INestApplicationContext,
  members: Members,
  threadId: string,
  posts: [string, string][],
  key: string,
): Promise<void> {
  let parentPostId: string | null = null;
  for (const [index, [office, body]] of posts.entries()) {
    const post = await app
      .get(PostsService)
      .reply(member(members, office), { threadId, parentPostId, body, clientMutationId: `${key}-reply-${index}` });
    parentPostId = post.id;
  }
}
