import type { ComponentStatus } from './stack.enums.js';

export interface ComparableComponent {
  layer: string;
  product: string;
  productKey: string;
  version: string | null;
  status: ComponentStatus;
}

export interface StackChanges {
  added: ComparableComponent[];
  removed: ComparableComponent[];
  phaseChanges: { component: ComparableComponent; from: ComponentStatus }[];
}

// A component is the same one from version to version when its layer and normalised product are.
const keyOf = (c: ComparableComponent) => `${c.layer.toLowerCase()}\u0000${c.productKey}`;

/** What a new version changed: components added, removed, and those whose phase changed. */
export function stackChanges(before: ComparableComponent[], after: ComparableComponent[]): StackChanges {
  const old = new Map(before.map((c) => [keyOf(c), c]));
  const now = new Map(after.map((c) => [keyOf(c), c]));
  return {
    added: after.filter((c) => !old.has(keyOf(c))),
    removed: before.filter((c) => !now.has(keyOf(c))),
    phaseChanges: after.flatMap((c) => {
      const was = old.get(keyOf(c));
      return was && was.status !== c.status ? [{ component: c, from: was.status }] : [];
    }),
  };
}

const line = (c: ComparableComponent) => `${c.product}${c.version ? ` ${c.version}` : ''} (${c.layer})`;

/** The reply a new version posts in the stack's thread. */
export function changesMarkdown(officeCode: string, version: number, changes: StackChanges): string {
  const parts = [`Version ${version} of the technology stack of ${officeCode}.`];
  if (changes.added.length) parts.push(`**Added**\n\n${changes.added.map((c) => `- ${line(c)}`).join('\n')}`);
  if (changes.removed.length) parts.push(`**Removed**\n\n${changes.removed.map((c) => `- ${line(c)}`).join('\n')}`);
  if (changes.phaseChanges.length)
    parts.push(
      `**Phase changes**\n\n${changes.phaseChanges
        .map(({ component, from }) => `- ${line(component)}: ${from} → ${component.status}`)
        .join('\n')}`,
    );
  if (parts.length === 1) parts.push('No component was added or removed, and no phase changed.');
  return parts.join('\n\n');
}

/** The opening post of a stack's thread. */
export function stackMarkdown(officeCode: string, components: ComparableComponent[]): string {
  const lines = components.map((c) => `- ${line(c)}: ${c.status}`);
  return `The technology stack of ${officeCode}, version 1 (${components.length} components).\n\n${lines.join('\n')}`;
}
