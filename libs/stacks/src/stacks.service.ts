import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { PostsService, ThreadKind, ThreadsService } from '@forum/discussions';
import { EventPublisher } from '@forum/events';
import { Language } from '@forum/graphql';
import { OfficesService, signedInViewer, type Viewer } from '@forum/identity';
import type { TechStackModel } from './dto/stack.model.js';
import { normaliseProducts } from './products.js';
import { changesMarkdown, stackChanges, stackMarkdown } from './stack-changes.js';
import { checkStack, type CheckedStack, type FieldNaming } from './stack.rules.js';
import { toStackDocument } from './stack-document.js';
import { toStackModel, type StackRow } from './stack.rows.js';
import {
  notJson,
  officeNotFound,
  otherOffice,
  stackNotFound,
  unknownOffice,
  unknownSuccessor,
} from './stacks.errors.js';
import './stacks.events.js';
import { StacksRepository } from './stacks.repository.js';

/** Stack versions: publishing (with the thread), and reading what a viewer may see. */
@Injectable()
export class StacksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly stacks: StacksRepository,
    private readonly offices: OfficesService,
    private readonly threads: ThreadsService,
    private readonly posts: PostsService,
    private readonly events: EventPublisher,
  ) {}

  /**
   * Publishes the next version of the caller's office's stack. The first version opens a TECH_STACK thread in
   * recommendation-8; later ones reply in it with what changed. All of it in one transaction: a refusal stores nothing.
   */
  async publish(viewer: Viewer, input: unknown, options: { naming: FieldNaming }): Promise<TechStackModel> {
    const author = signedInViewer(viewer);
    const checked = checkStack(input, options.naming);
    const prefix = options.naming === 'json-path' ? '$.' : '';
    const sharedWithOfficeIds = await this.sharedWithIds(author.officeId, checked.sharedWith, prefix);
    const [office] = await this.offices.officesByIds([author.officeId]);
    if (!office) throw officeNotFound(author.officeId);
    return this.dataSource.transaction(async (tx) => {
      await this.checkSuccessors(tx, checked, prefix);
      await this.stacks.lockOffice(tx, author.officeId);
      const previous = await this.stacks.latestOfOffice(tx, author.officeId);
      const threadId = previous
        ? previous.thread_id
        : (
            await this.threads.startIn(tx, author, {
              spaceSlug: 'recommendation-8',
              title: `Technology stack of ${office.code}`,
              body: stackMarkdown(office.code, (await this.normalised(tx, checked)).components),
              kind: ThreadKind.TECH_STACK,
              visibility: checked.visibility,
              sharedWith: checked.sharedWith,
              language: Language.EN,
            })
          ).id;
      const stack = await this.stacks.insert(tx, {
        officeId: author.officeId,
        version: (previous?.version ?? 0) + 1,
        threadId,
        authorId: author.memberId,
        visibility: checked.visibility,
        sharedWithOfficeIds,
        namedInWhoRuns: checked.namedInWhoRuns,
      });
      await this.stacks.insertComponents(tx, stack.id, checked.components);
      await this.stacks.insertRoadmap(tx, stack.id, checked.roadmap);
      const published = await this.read(tx, stack);
      if (previous) {
        const before = await this.stacks.componentsOf(tx, [previous.id]);
        const changes = stackChanges(
          before.map((row) => ({ ...row, productKey: row.product_key })),
          published.components,
        );
        await this.posts.replyIn(tx, author, {
          threadId,
          parentPostId: null,
          body: changesMarkdown(office.code, stack.version, changes),
        });
      }
      await this.events.publish(
        tx,
        'stacks.stack-published',
        { stackId: stack.id, officeId: stack.office_id, version: stack.version, threadId },
        {
          actorId: author.memberId,
          visibility: {
            visibility: stack.visibility,
            officeId: stack.office_id,
            sharedWithOfficeIds: stack.shared_with_office_ids,
          },
        },
      );
      return published;
    });
  }

  /** The latest version of the office's stack the viewer may see; null when none. */
  async latest(viewer: Viewer, officeCode: string): Promise<TechStackModel | null> {
    const officeId = await this.officeIdOf(officeCode);
    const [row] = await this.stacks.visibleVersions(this.dataSource.manager, viewer, officeId, { limit: 1 });
    return row ? this.read(this.dataSource.manager, row) : null;
  }

  /** One version of an office's stack, when the viewer may see it (each version has its own visibility). */
  async atVersion(viewer: Viewer, officeCode: string, version: number): Promise<TechStackModel | null> {
    const officeId = await this.officeIdOf(officeCode);
    // An office publishes a few versions a year: its visible versions are read and the one asked for picked.
    const rows = await this.stacks.visibleVersions(this.dataSource.manager, viewer, officeId, { limit: 1000 });
    const row = rows.find((candidate) => candidate.version === version);
    return row ? this.read(this.dataSource.manager, row) : null;
  }

  /** As latest, NOT_FOUND when there is none the viewer may see (the JSON export). */
  async latestOrFail(viewer: Viewer, officeCode: string): Promise<TechStackModel> {
    const stack = await this.latest(viewer, officeCode);
    if (!stack) throw stackNotFound();
    return stack;
  }

  /** The latest visible version as the exchange document (tech-stack.schema.json); NOT_FOUND as techStack. */
  async exportDocument(viewer: Viewer, officeCode: string) {
    const stack = await this.latestOrFail(viewer, officeCode);
    const [office, ...sharedWith] = await this.offices.officesByIds([stack.officeId, ...stack.sharedWithOfficeIds]);
    if (!office) throw stackNotFound();
    return toStackDocument(
      stack,
      office.code,
      sharedWith.flatMap((o) => (o ? [o.code] : [])),
    );
  }

  /**
   * Publishes an exchange document as the caller's office's next version: the same rules as publishTechStack, a
   * refused field named by its JSON path ($.components[3].decommissionBy), nothing stored on error.
   */
  async importDocument(viewer: Viewer, text: string): Promise<TechStackModel> {
    const author = signedInViewer(viewer);
    let document: unknown;
    try {
      document = JSON.parse(text);
    } catch (error) {
      throw notJson((error as Error).message);
    }
    const office = typeof document === 'object' && document !== null ? (document as { office?: unknown }).office : null;
    if (office !== undefined && office !== null) {
      const [own] = await this.offices.officesByIds([author.officeId]);
      if (typeof office !== 'string' || office.trim().toUpperCase() !== own?.code) throw otherOffice();
    }
    return this.publish(author, document, { naming: 'json-path' });
  }

  /** Every version of the office's stack the viewer may see, newest first. */
  async versions(viewer: Viewer, officeCode: string): Promise<TechStackModel[]> {
    const officeId = await this.officeIdOf(officeCode);
    const rows = await this.stacks.visibleVersions(this.dataSource.manager, viewer, officeId, { limit: 1000 });
    return this.readMany(this.dataSource.manager, rows);
  }

  /** The latest visible versions of these offices' stacks, in the order asked (null where none may be seen). */
  async latestOfOffices(viewer: Viewer, officeIds: readonly string[]): Promise<(TechStackModel | null)[]> {
    const rows = await this.stacks.visibleLatestOf(this.dataSource.manager, viewer, officeIds);
    const models = await this.readMany(this.dataSource.manager, rows);
    return officeIds.map((id) => models.find((m) => m.officeId === id) ?? null);
  }

  /** These versions, in the order asked (null where the viewer may not see it): search's component hits. */
  async visibleByIds(viewer: Viewer, stackIds: readonly string[]): Promise<(TechStackModel | null)[]> {
    const rows = await this.stacks.visibleByIds(this.dataSource.manager, viewer, stackIds);
    const models = await this.readMany(this.dataSource.manager, rows);
    return stackIds.map((id) => models.find((m) => m.id === id) ?? null);
  }

  private async read(db: EntityManager, row: StackRow): Promise<TechStackModel> {
    return (await this.readMany(db, [row]))[0];
  }

  private async readMany(db: EntityManager, rows: StackRow[]): Promise<TechStackModel[]> {
    const ids = rows.map((r) => r.id);
    const [components, roadmap] = ids.length
      ? await Promise.all([this.stacks.componentsOf(db, ids), this.stacks.roadmapOf(db, ids)])
      : [[], []];
    return rows.map((row) =>
      toStackModel(
        row,
        components.filter((c) => c.stack_id === row.id),
        roadmap.filter((r) => r.stack_id === row.id),
      ),
    );
  }

  private async normalised(db: EntityManager, checked: CheckedStack) {
    const names = await normaliseProducts(
      db,
      checked.components.map((c) => c.product),
    );
    return {
      components: checked.components.map((c, i) => ({ ...c, product: names[i].product, productKey: names[i].key })),
    };
  }

  /** A successor names a component of the same version (after normalisation: "Postgres" finds PostgreSQL). */
  private async checkSuccessors(db: EntityManager, checked: CheckedStack, prefix: string) {
    const successors = checked.components.map((c) => c.successor);
    if (!successors.some(Boolean)) return;
    const names = await normaliseProducts(db, [
      ...checked.components.map((c) => c.product),
      ...successors.map((s) => s ?? ''),
    ]);
    const productKeys = new Set(names.slice(0, checked.components.length).map((n) => n.key));
    successors.forEach((successor, i) => {
      if (successor && !productKeys.has(names[checked.components.length + i].key))
        throw unknownSuccessor(`${prefix}components[${i}].successor`, successor);
    });
  }

  private async sharedWithIds(ownOfficeId: string, codes: string[], prefix: string): Promise<string[]> {
    if (!codes.length) return [];
    for (const [i, code] of codes.entries())
      if (!(await this.offices.byCode(code))) throw unknownOffice(`${prefix}sharedWith[${i}]`, code);
    const ids = await this.offices.idsByCodes(codes);
    return [...new Set(ids)].filter((id) => id !== ownOfficeId);
  }

  private async officeIdOf(code: string): Promise<string> {
    const office = await this.offices.byCode(code);
    if (!office) throw officeNotFound(code);
    return office.id;
  }
}
