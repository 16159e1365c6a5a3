import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { CatalogService } from '@forum/catalog';
import { badInput, isUuid, notFound } from '@forum/core';
import { ThreadsService } from '@forum/discussions';
import { OfficesService, type Viewer } from '@forum/identity';
import type { SubscribeInput } from './dto/notification.inputs.js';
import type { TopicSubscriptionModel } from './dto/notification.model.js';
import { SubscriptionsRepository, type SubscriptionRow, type SubscriptionTarget } from './subscriptions.repository.js';
import { WatchLevel } from './watch-level.js';

const TAG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A member's standing subscriptions: to a space, a thread (one it may see), a tag or an office. */
@Injectable()
export class SubscriptionsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly subscriptions: SubscriptionsRepository,
    private readonly catalog: CatalogService,
    private readonly offices: OfficesService,
    private readonly threads: ThreadsService,
  ) {}

  async subscribe(member: NonNullable<Viewer>, input: SubscribeInput): Promise<TopicSubscriptionModel> {
    if (!Object.values(WatchLevel).includes(input.level)) throw badInput('Unknown level', { field: 'level' });
    const target = await this.target(member, input);
    const row = await this.subscriptions.upsert(this.dataSource.manager, member.memberId, target, input.level);
    return (await this.toModels([row]))[0];
  }

  async unsubscribe(member: NonNullable<Viewer>, id: string): Promise<boolean> {
    if (!isUuid(id) || !(await this.subscriptions.delete(this.dataSource.manager, member.memberId, id)))
      throw notFound('Subscription not found');
    return true;
  }

  async mine(member: NonNullable<Viewer>): Promise<TopicSubscriptionModel[]> {
    return this.toModels(await this.subscriptions.ofMember(this.dataSource.manager, member.memberId));
  }

  /** Exactly one target, resolved to ids; a thread the member may not see is NOT_FOUND, as if it did not exist. */
  private async target(member: NonNullable<Viewer>, input: SubscribeInput): Promise<SubscriptionTarget> {
    const given = (['spaceSlug', 'threadId', 'tag', 'officeCode'] as const).filter(
      (field) => input[field] !== null && input[field] !== undefined,
    );
    if (given.length !== 1)
      throw badInput('Name exactly one of spaceSlug, threadId, tag, officeCode', { field: given[1] ?? 'spaceSlug' });
    if (input.spaceSlug != null) {
      const spaceId = (await this.catalog.spaceIdsBySlugs([input.spaceSlug])).get(input.spaceSlug);
      if (!spaceId) throw badInput(`No space "${input.spaceSlug}"`, { field: 'spaceSlug' });
      return { kind: 'space', spaceId };
    }
    if (input.threadId != null) {
      const thread = await this.threads.thread(member, input.threadId);
      return { kind: 'thread', threadId: thread.id };
    }
    if (input.tag != null) {
      const tag = input.tag.trim();
      if (!TAG.test(tag) || tag.length > 40)
        throw badInput(`"${tag}" is not a tag: use lower-case letters, digits and dashes`, { field: 'tag' });
      return { kind: 'tag', tag };
    }
    const office = await this.offices.byCode(input.officeCode ?? '');
    if (!office) throw badInput(`No office "${input.officeCode}"`, { field: 'officeCode' });
    return { kind: 'office', officeId: office.id };
  }

  private async toModels(rows: SubscriptionRow[]): Promise<TopicSubscriptionModel[]> {
    const spaceIds = rows.flatMap((row) => (row.space_id ? [row.space_id] : []));
    const officeIds = rows.flatMap((row) => (row.office_id ? [row.office_id] : []));
    const spaces = spaceIds.length ? await this.catalog.spacesByIds(spaceIds) : [];
    const offices = officeIds.length ? await this.offices.officesByIds(officeIds) : [];
    const slugOf = new Map(spaces.flatMap((space) => (space ? [[space.id, space.slug] as const] : [])));
    const codeOf = new Map(offices.flatMap((office) => (office ? [[office.id, office.code] as const] : [])));
    return rows.map((row) => ({
      id: row.id,
      level: row.level,
      spaceSlug: row.space_id ? (slugOf.get(row.space_id) ?? null) : null,
      threadId: row.thread_id,
      tag: row.tag,
      officeCode: row.office_id ? (codeOf.get(row.office_id) ?? null) : null,
    }));
  }
}
