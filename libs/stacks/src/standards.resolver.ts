import { Args, Extensions, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentMember, CurrentViewer, Public, SignedIn, type Viewer } from '@forum/identity';
import {
  StandardStatusInput,
  StandardStatusModel,
  StandardsMatrixModel,
  WipoStandardModel,
} from './dto/standards.model.js';
import { IpRight } from './standards.enums.js';
import { StandardsService } from './standards.service.js';

const standardArg = { description: 'The standard, e.g. "ST.26".' };
const officeArg = { description: 'The office\'s ST.3 code, e.g. "DE".' };

@Resolver()
export class StandardsResolver {
  constructor(private readonly standards: StandardsService) {}

  @Public()
  @Extensions({ listSize: 30 })
  @Query(() => [WipoStandardModel], { description: 'The WIPO standards offices report on, in order.' })
  wipoStandards(): Promise<WipoStandardModel[]> {
    return this.standards.standards();
  }

  @Public()
  @Extensions({ listSize: 3 })
  @Query(() => [StandardStatusModel], {
    description: "An office's current status of a standard, one per IP right reported, as far as the caller may see.",
  })
  standardsStatus(
    @Args('standard', standardArg) standard: string,
    @Args('officeCode', officeArg) officeCode: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<StandardStatusModel[]> {
    return this.standards.status(viewer, standard, officeCode);
  }

  @Public()
  @Extensions({ listSize: 50 })
  @Query(() => [StandardStatusModel], {
    description: 'Every report of an office on a standard the caller may see, newest first (at most 200).',
  })
  standardsStatusHistory(
    @Args('standard', standardArg) standard: string,
    @Args('officeCode', officeArg) officeCode: string,
    @CurrentViewer() viewer: Viewer,
  ): Promise<StandardStatusModel[]> {
    return this.standards.history(viewer, standard, officeCode);
  }

  @Public()
  @Query(() => StandardsMatrixModel, {
    description: 'Offices by standards: the current statuses the caller may see; also GET /api/standards/matrix.csv.',
  })
  standardsMatrix(
    @CurrentViewer() viewer: Viewer,
    @Args('region', { type: () => String, nullable: true, description: 'Only offices of this region.' })
    region: string | null,
    @Args('ipRight', { type: () => IpRight, nullable: true, description: 'Only this IP right.' })
    ipRight: IpRight | null,
  ): Promise<StandardsMatrixModel> {
    return this.standards.matrix(viewer, { region, ipRight });
  }

  @SignedIn()
  @Mutation(() => StandardStatusModel, {
    description: "Reports how far the caller's office implements a standard for an IP right (the history is kept).",
  })
  reportStandardStatus(
    @Args('input', { description: 'The report.' }) input: StandardStatusInput,
    @CurrentMember() viewer: NonNullable<Viewer>,
  ): Promise<StandardStatusModel> {
    return this.standards.report(viewer, input);
  }
}
