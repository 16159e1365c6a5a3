import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CreateOfficeInput, UpdateOfficeInput } from './dto/identity.inputs.js';
import { OfficeModel } from './dto/office.model.js';
import { OfficesService } from './offices.service.js';
import { Public, Roles } from './access.decorators.js';
import { Role } from './role.js';
import { CurrentMember, type Viewer } from './viewer.js';

@Resolver(() => OfficeModel)
export class OfficesResolver {
  constructor(private readonly officesService: OfficesService) {}

  @Public()
  @Query(() => [OfficeModel], { description: 'Every IP office, by code: national, regional and international.' })
  offices(): Promise<OfficeModel[]> {
    return this.officesService.list();
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OfficeModel, { description: 'Adds an office (admins only).' })
  createOffice(
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args('input', { description: 'The new office.' }) input: CreateOfficeInput,
  ): Promise<OfficeModel> {
    return this.officesService.create(viewer, input);
  }

  @Roles(Role.ADMIN)
  @Mutation(() => OfficeModel, { description: 'Renames an office or changes its region (admins only).' })
  updateOffice(
    @CurrentMember() viewer: NonNullable<Viewer>,
    @Args('input', { description: 'The office and its changes.' }) input: UpdateOfficeInput,
  ): Promise<OfficeModel> {
    return this.officesService.update(viewer, input.code, { name: input.name, region: input.region });
  }
}
