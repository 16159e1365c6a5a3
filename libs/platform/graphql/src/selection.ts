import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the current field's selection reaches `path` (field names, e.g. ['edges', 'node', 'author']), through
 * fragments too: a resolver loads what its rows' fields will need only when they are asked for. Conditional
 * selections (@include, @skip) count as asked.
 */
export function selects(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>, path: readonly string[]): boolean {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    const fields = level.flatMap((set) => fieldsNamed(set, name, info.fragments));
    if (fields.length === 0) return false;
    level = fields.flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return true;
}

function fieldsNamed(
  set: SelectionSetNode,
  name: string,
  fragments: GraphQLResolveInfo['fragments'],
  seen = new Set<string>(),
): FieldNode[] {
  return set.selections.flatMap((selection): FieldNode[] => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name ? [selection] : [];
    if (selection.kind === Kind.INLINE_FRAGMENT) return fieldsNamed(selection.selectionSet, name, fragments, seen);
    const fragmentName = selection.name.value;
    const fragment = fragments[fragmentName];
    if (!fragment || seen.has(fragmentName)) return [];
    seen.add(fragmentName);
    return fieldsNamed(fragment.selectionSet, name, fragments, seen);
  });
}
