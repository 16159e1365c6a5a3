import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import type { MemberModel } from './dto/member.model.js';
import type { OfficeModel } from './dto/office.model.js';
import { MembersService } from './members.service.js';
import { OfficesService } from './offices.service.js';

export interface IdentityRequestLoaders {
  /** office id -> office (null when none exists) */
  offices: DataLoader<string, OfficeModel | null>;
  /** member id -> member with its office (null when none exists) */
  members: DataLoader<string, MemberModel | null>;
}

/**
 * DataLoaders for the `office` and `author` fields of other domains: every id asked for while resolving one request is
 * fetched in one query. A fresh set per request, made by identity's part of the GraphQL context
 * (`context.loaders.identity`), so nothing is cached across requests.
 */
@Injectable()
export class IdentityLoaders {
  constructor(
    private readonly offices: OfficesService,
    private readonly members: MembersService,
  ) {}

  create(): IdentityRequestLoaders {
    return {
      offices: new DataLoader((ids: readonly string[]) => this.offices.officesByIds(ids)),
      members: new DataLoader((ids: readonly string[]) => this.members.membersByIds(ids)),
    };
  }
}
