import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CreateOfficeInput, UpdateOfficeInput } from './dto/identity.inputs.js';
import { OfficeModel } from './dto/office.model.js';
import { OfficesService } from './offices.service.js';
import { CurrentViewer, SignedIn, type Viewer } from './viewer.js';

@Resolver(() => OfficeModel)
export class OfficesResolver {
  constructor(private readonly officesService: OfficesService) {}

  @Query(() => [OfficeModel], { description: 'Every IP office, by code: national, regional and international.' })
  offices(): Promise<OfficeModel[]> {
    return this.officesService.list();
  }

  @SignedIn()
  @Mutation(() => OfficeModel, { description: 'Adds an office (admins only).' })
  createOffice(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The new office.' }) input: CreateOfficeInput,
  ): Promise<OfficeModel> {
    return this.officesService.create(viewer, input);
  }

  @SignedIn()
  @Mutation(() => OfficeModel, { description: 'Renames an office or changes its region (admins only).' })
  updateOffice(
    @CurrentViewer() viewer: Viewer,
    @Args('input', { description: 'The office and its changes.' }) input: UpdateOfficeInput,
  ): Promise<OfficeModel> {
    return this.officesService.update(viewer, input.code, { name: input.name, region: input.region });
  }
}
