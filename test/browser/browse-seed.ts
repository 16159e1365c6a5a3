import type { Forum } from './support/forum.js';

type Member = { email: string; password: string; token: string };

/** Seeds through the GraphQL API, as a member would: strategies, reports, stacks and standards for the browse pages. */
export function browseSeed(forum: Forum) {
  /** Every text seeded (members' content, not the interface's): the English left in Chinese pages may be these. */
  const texts = new Set<string>();
  const remember = (value: unknown): void => {
    if (typeof value === 'string') texts.add(value);
    else if (Array.isArray(value)) value.forEach(remember);
    else if (value && typeof value === 'object') Object.values(value).forEach(remember);
  };
  const as = (member: Member) => {
    const client = forum.api.client.as(member.token);
    return {
      data: <T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>) => {
        remember(variables);
        return client.data<T>(query, variables);
      },
    };
  };
  const component = (
    layer: string,
    product: string,
    status: string,
    extra: Record<string, string> = {},
  ): Record<string, string> => ({ layer, product, status, hosting: 'ON_PREMISES', version: '1', ...extra });

  return {
    async strategy(member: Member, input: Record<string, unknown>): Promise<{ id: string }> {
      const { publishIctStrategy } = await as(member).data<{ publishIctStrategy: { id: string } }>(
        'mutation($input: IctStrategyInput!) { publishIctStrategy(input: $input) { id } }',
        { input },
      );
      return publishIctStrategy;
    },
    async updateStrategy(member: Member, input: Record<string, unknown>): Promise<void> {
      await as(member).data('mutation($input: IctStrategyUpdateInput!) { updateIctStrategy(input: $input) { id } }', {
        input,
      });
    },
    async review(member: Member, input: Record<string, unknown>): Promise<void> {
      await as(member).data('mutation($input: StrategyReviewInput!) { addStrategyReview(input: $input) { id } }', {
        input,
      });
    },
    async report(member: Member, input: Record<string, unknown>): Promise<string> {
      const { postExperienceReport } = await as(member).data<{ postExperienceReport: { id: string } }>(
        'mutation($input: ExperienceReportInput!) { postExperienceReport(input: $input) { id } }',
        { input },
      );
      return postExperienceReport.id;
    },
    async stack(member: Member, components: Record<string, string>[], roadmap: Record<string, string>[] = []) {
      await as(member).data('mutation($input: TechStackInput!) { publishTechStack(input: $input) { id } }', {
        input: { components, roadmap },
      });
    },
    async standard(member: Member, input: Record<string, unknown>): Promise<void> {
      await as(member).data(
        'mutation($input: StandardStatusInput!) { reportStandardStatus(input: $input) { status } }',
        { input },
      );
    },
    /** The radar's named entries as the API answers them for a member. */
    async radar(member: Member) {
      const { technologyRadar } = await as(member).data<{
        technologyRadar: { product: string; ring: string | null; movement: string | null }[];
      }>('{ technologyRadar { product ring movement } }');
      return technologyRadar.filter((entry) => entry.ring);
    },
    /** Waits for the API's yearly radar edition (taken a minute after start once a stack exists). */
    async yearlyEdition(timeoutMs: number): Promise<void> {
      const admin = forum.api.client.as(forum.adminToken);
      const until = Date.now() + timeoutMs;
      while (Date.now() < until) {
        const { radarEditions } = await admin.data<{ radarEditions: { yearly: boolean }[] }>(
          '{ radarEditions { yearly } }',
        );
        if (radarEditions.some((edition) => edition.yearly)) return;
        await new Promise((resolve) => setTimeout(resolve, 1_000));
      }
      throw new Error('no yearly radar edition was taken');
    },
    component,
    texts,
  };
}
