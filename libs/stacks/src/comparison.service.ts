import { Injectable } from '@nestjs/common';
import { badInput } from '@forum/core';
import { OfficesService, type OfficeModel, type Viewer } from '@forum/identity';
import type { StackComparisonLayerModel, StackComparisonModel } from './dto/comparison.model.js';
import { unknownOffice } from './stacks.errors.js';
import { StacksService } from './stacks.service.js';

const MAX_COMPARED = 10;

/** compareTechStacks: the latest visible stacks of a few offices, side by side by layer. */
@Injectable()
export class ComparisonService {
  constructor(
    private readonly stacks: StacksService,
    private readonly offices: OfficesService,
  ) {}

  async compare(viewer: Viewer, officeCodes: readonly string[]): Promise<StackComparisonModel> {
    if (officeCodes.length < 1 || officeCodes.length > MAX_COMPARED)
      throw badInput(`officeCodes: give 1 to ${MAX_COMPARED} offices`, { field: 'officeCodes' });
    const offices: OfficeModel[] = [];
    for (const [i, code] of officeCodes.entries()) {
      const office = await this.offices.byCode(code);
      if (!office) throw unknownOffice(`officeCodes[${i}]`, code);
      offices.push(office);
    }
    const stacks = await this.stacks.latestOfOffices(
      viewer,
      offices.map((o) => o.id),
    );
    const layerNames = new Map<string, string>();
    for (const stack of stacks)
      for (const component of stack?.components ?? [])
        if (!layerNames.has(component.layer.toLowerCase()))
          layerNames.set(component.layer.toLowerCase(), component.layer);
    const layers: StackComparisonLayerModel[] = [...layerNames]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([key, layer]) => ({
        layer,
        cells: offices.map((office, i) => ({
          office,
          components: (stacks[i]?.components ?? []).filter((c) => c.layer.toLowerCase() === key),
        })),
      }));
    return { offices, stacks, layers };
  }
}
