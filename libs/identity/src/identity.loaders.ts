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
 * Per-request DataLoaders for the `office` and `author` fields of other domains: every id asked for while
 * resolving one request is fetched in one query. Keyed by the request object, so nothing outlives the request.
 */
@Injectable()
export class IdentityLoaders {
  private readonly perRequest = new WeakMap<object, IdentityRequestLoaders>();

  constructor(
    private readonly offices: OfficesService,
    private readonly members: MembersService,
  ) {}

  /** Pass the request of the GraphQL context (`@Context() { req }: ForumContext`). */
  forRequest(req: object): IdentityRequestLoaders {
    let loaders = this.perRequest.get(req);
    if (!loaders) {
      loaders = {
        offices: new DataLoader((ids: readonly string[]) => this.offices.officesByIds(ids)),
        members: new DataLoader((ids: readonly string[]) => this.members.membersByIds(ids)),
      };
      this.perRequest.set(req, loaders);
    }
    return loaders;
  }
}
