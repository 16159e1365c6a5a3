import { Injectable, Logger, type OnApplicationBootstrap, type OnModuleDestroy } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { Role, signedInViewer, type Viewer } from '@forum/identity';
import { RadarRing, type RadarMovement } from './dto/radar.model.js';
import type { RadarEditionModel } from './dto/radar-edition.model.js';
import { movementOf } from './radar-rules.js';
import { RadarEditionsRepository, type EditionEntryRow, type EditionRow } from './radar-editions.repository.js';
import { RadarRepository } from './radar.repository.js';
import { RadarService } from './radar.service.js';

/**
 * Who an edition is taken for: a signed-in member of no office sees what every member sees (PUBLIC and COMMUNITY
 * stacks), so an edition never holds what only some offices may see.
 */
const EVERY_MEMBER: Viewer = {
  memberId: '00000000-0000-0000-0000-000000000000',
  officeId: '00000000-0000-0000-0000-000000000000',
  role: Role.MEMBER,
};

const FIRST_CHECK_AFTER_MS = 60_000;
const CHECK_EVERY_MS = 6 * 60 * 60 * 1000;

/** Radar editions: the yearly one (checked at start and every 6 hours), admins' on demand, and movement. */
@Injectable()
export class RadarEditionsService implements OnApplicationBootstrap, OnModuleDestroy {
  private first?: NodeJS.Timeout;
  private timer?: NodeJS.Timeout;
  private readonly logger = new Logger('RadarEditions');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly editions: RadarEditionsRepository,
    private readonly radarRows: RadarRepository,
    private readonly radar: RadarService,
  ) {}

  onApplicationBootstrap(): void {
    const check = () =>
      this.takeYearly(new Date()).catch((error: unknown) =>
        this.logger.warn(`The yearly radar edition was not taken: ${(error as Error).message}`),
      );
    // The first check waits a minute, so that short-lived processes (schema emission, scripts) never start one.
    this.first = setTimeout(() => void check(), FIRST_CHECK_AFTER_MS).unref();
    this.timer = setInterval(() => void check(), CHECK_EVERY_MS).unref();
  }

  onModuleDestroy(): void {
    clearTimeout(this.first);
    clearInterval(this.timer);
  }

  /** The edition of `now`'s year, unless taken already (by this instance or another) or no stack exists yet. */
  async takeYearly(now: Date): Promise<RadarEditionModel | null> {
    return this.dataSource.transaction(async (tx) => {
      if (!(await this.editions.anyStack(tx))) return null;
      return this.take(tx, { name: String(now.getUTCFullYear()), yearly: true, takenById: null });
    });
  }

  /** An edition now, for an admin (declared @Roles(ADMIN) on the mutation). */
  async takeOnDemand(viewer: Viewer): Promise<RadarEditionModel> {
    const admin = signedInViewer(viewer);
    return this.dataSource.transaction(async (tx) => {
      const edition = await this.take(tx, { name: new Date().toISOString(), yearly: false, takenById: admin.memberId });
      if (!edition) throw new Error('An edition was taken at the same millisecond');
      return edition;
    });
  }

  async list(): Promise<RadarEditionModel[]> {
    const rows = await this.editions.list(this.dataSource.manager, { limit: 20 });
    const entries = rows.length
      ? await this.editions.entriesOf(
          this.dataSource.manager,
          rows.map((r) => r.id),
        )
      : [];
    return rows.map((row) =>
      toModel(
        row,
        entries.filter((e) => e.edition_id === row.id),
      ),
    );
  }

  private async take(
    tx: EntityManager,
    edition: { name: string; yearly: boolean; takenById: string | null },
  ): Promise<RadarEditionModel | null> {
    await this.editions.lock(tx);
    const previous = await this.editions.latest(tx);
    const before = previous
      ? new Map((await this.editions.entriesOf(tx, [previous.id])).map((e) => [e.product_key, e.ring as RadarRing]))
      : new Map<string, RadarRing>();
    const row = await this.editions.insert(tx, edition);
    if (!row) return null;
    const uses = this.radar.entries(await this.radarRows.uses(tx, EVERY_MEMBER, { officeIds: null }, { layer: null }));
    const entries = uses.flatMap((use) =>
      use.productKey && use.ring
        ? [
            {
              productKey: use.productKey,
              product: use.product,
              ring: use.ring,
              offices: use.offices,
              movement: movementOf(use.ring, before.get(use.productKey)),
            },
          ]
        : [],
    );
    await this.editions.insertEntries(tx, row.id, entries);
    return toModel(
      row,
      entries.map((e) => ({ ...e, edition_id: row.id, product_key: e.productKey })),
    );
  }
}

function toModel(row: EditionRow, entries: EditionEntryRow[]): RadarEditionModel {
  return {
    id: row.id,
    name: row.name,
    yearly: row.yearly,
    takenAt: row.taken_at,
    entries: entries.map((e) => ({
      product: e.product,
      ring: e.ring as RadarRing,
      offices: e.offices,
      movement: e.movement as RadarMovement,
    })),
  };
}
