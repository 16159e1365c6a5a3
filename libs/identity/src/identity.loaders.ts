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
  /**
   * Holds the members batch until `work` settles: a page that will ask for its authors (a thread's posts) holds it,
   * so the thread's own author and the page's authors are one statement, not two.
   */
  holdMembers(work: Promise<unknown>): void;
}

/** DataLoader's own schedule (after the promise jobs of the current tick), then again until no hold is pending. */
function heldSchedule(holds: Set<Promise<unknown>>) {
  const afterTick = (next: () => void) => void Promise.resolve().then(() => process.nextTick(next));
  return (dispatch: () => void) => {
    const check = () => {
      if (holds.size === 0) return dispatch();
      void Promise.allSettled([...holds]).then(() => afterTick(check));
    };
    afterTick(check);
  };
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
    const holds = new Set<Promise<unknown>>();
    return {
      offices: new DataLoader((ids: readonly string[]) => this.offices.officesByIds(ids)),
      members: new DataLoader((ids: readonly string[]) => this.members.membersByIds(ids), {
        batchScheduleFn: heldSchedule(holds),
      }),
      holdMembers(work) {
        const held = work.then(
          () => undefined,
          () => undefined,
        );
        holds.add(held);
        void held.then(() => holds.delete(held));
      },
    };
  }
}
