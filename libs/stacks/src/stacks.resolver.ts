import { Args, Context, Extensions, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { loadOrFail } from '@forum/core';
import { ThreadModel } from '@forum/discussions';
import { notFound, type ForumContext } from '@forum/graphql';
import { CurrentMember, CurrentViewer, OfficeModel, Public, Roles, Role, SignedIn, type Viewer } from '@forum/identity';
import { ComparisonService } from './comparison.service.js';
import { StackComparisonModel } from './dto/comparison.model.js';
import { TechStackInput } from './dto/stack.inputs.js';
import { ProductNameModel } from './dto/product.model.js';
import { TechStackModel } from './dto/stack.model.js';
import { ProductsService } from './products.service.js';
import { StacksService } from './stacks.service.js';

const officeCode = { description: 'The office\'s ST.3 code, e.g. "DE".' };

@Resolver(() => TechStackModel)
export class StacksResolver {
  constructor(
    private readonly stacks: StacksService,
    private readonly products: ProductsService,
    private readonly comparison: ComparisonService,
  ) {}

  @Public()
  @Query(() => TechStackModel, {
    nullable: true,
    description:
      "The latest version of an office's stack the caller may see, or the version asked for; null when there is none.",
  })
  techStack(
    @Args('officeCode', officeCode) code: string,
    // A page showing one earlier version asks for it alone: techStackVersions with every field of every version
    // weighs more than the query limits allow.
    @Args('version', {
      type: () => Int,
      nullable: true,
      description: 'That version (1, 2 ...) instead of the latest; null when the caller may not see it.',
    })
    version: number | null,
    @CurrentViewer() viewer: Viewer,
  ) {
    return version == null ? this.stacks.latest(viewer, code) : this.stacks.atVersion(viewer, code, version);
  }

  @Public()
  // For the query limits' cost walk: offices publish a few versions a year.
  @Extensions({ listSize: 20 })
  @Query(() => [TechStackModel], {
    description: "Every version of an office's stack the caller may see, newest first.",
  })
  techStackVersions(@Args('officeCode', officeCode) code: string, @CurrentViewer() viewer: Viewer) {
    return this.stacks.versions(viewer, code);
  }

  @Public()
  @Query(() => StackComparisonModel, {
    description: "Offices' latest stacks the caller may see, side by side layer by layer (1 to 10 offices).",
  })
  compareTechStacks(
    @Args('officeCodes', { type: () => [String], description: 'The offices to compare, e.g. ["DE", "NO"].' })
    officeCodes: string[],
    @CurrentViewer() viewer: Viewer,
  ) {
    return this.comparison.compare(viewer, officeCodes);
  }

  @SignedIn()
  @Mutation(() => TechStackModel, {
    description:
      "Publishes the next version of the caller's office's stack: the first opens its TECH_STACK thread in " +
      'recommendation-8, later ones reply there with what changed.',
  })
  publishTechStack(
    @Args('input', { description: 'The whole stack, as of now.' }) input: TechStackInput,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.stacks.publish(viewer, input, { naming: 'graphql' });
  }

  @SignedIn()
  @Mutation(() => TechStackModel, {
    description:
      "Publishes an exchange document (GET /api/offices/{code}/tech-stack.json's format) as the caller's office's " +
      'next version; a refused field is named by its JSON path.',
  })
  importTechStack(
    @Args('document', { description: 'The JSON document, as text.' }) document: string,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ) {
    return this.stacks.importDocument(viewer, document);
  }

  @Roles(Role.MODERATOR, Role.ADMIN)
  @Mutation(() => ProductNameModel, {
    description: 'Moderators: makes a spelling ("Postgres") one with a product ("PostgreSQL") everywhere.',
  })
  addProductAlias(
    @Args('alias', { description: 'The other spelling.' }) alias: string,
    @Args('product', { description: 'The product it names.' }) product: string,
  ) {
    return this.products.addAlias(alias, product);
  }

  @Public()
  @ResolveField(() => OfficeModel, { description: 'The office whose stack it is.' })
  office(@Parent() stack: TechStackModel, @Context() { loaders }: ForumContext): Promise<OfficeModel> {
    return loadOrFail(loaders.identity.offices, stack.officeId, () => notFound('Office not found'));
  }

  @Public()
  @ResolveField(() => ThreadModel, { description: 'Its TECH_STACK thread in recommendation-8.' })
  thread(@Parent() stack: TechStackModel, @Context() { loaders }: ForumContext): Promise<ThreadModel> {
    return loadOrFail(loaders.discussions.threads, stack.threadId, () => notFound('Thread not found'));
  }
}
