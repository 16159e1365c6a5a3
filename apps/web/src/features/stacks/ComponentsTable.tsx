import type { StackComponentFieldsFragment } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { componentStatusLabel, hostingLabel } from './labels';
import { TableScroll } from '../browse/TableScroll';

/** A stack's components, layer by layer (each layer a group of rows headed by its name). */
export function ComponentsTable({ components }: { components: readonly StackComponentFieldsFragment[] }) {
  const { t, format } = useI18n();
  // Layers compare case-insensitively (as in compareTechStacks); the first spelling names the group.
  const layers = new Map<string, { layer: string; components: StackComponentFieldsFragment[] }>();
  for (const component of components) {
    const key = component.layer.toLowerCase();
    const group = layers.get(key) ?? { layer: component.layer, components: [] };
    group.components.push(component);
    layers.set(key, group);
  }
  const day = (value: string | null | undefined) => (value ? format.day(value) : '');
  return (
    <TableScroll label={t('stacks.components')}>
      <table className="data-table components">
        <caption>{t.plural('stacks.components.count', components.length)}</caption>
        <thead>
          <tr>
            <th scope="col">{t('stacks.column.product')}</th>
            <th scope="col">{t('stacks.column.version')}</th>
            <th scope="col">{t('stacks.column.hosting')}</th>
            <th scope="col">{t('stacks.column.status')}</th>
            <th scope="col">{t('stacks.column.since')}</th>
            <th scope="col">{t('stacks.column.decommissionBy')}</th>
            <th scope="col">{t('stacks.column.vendorEndOfSupport')}</th>
            <th scope="col">{t('stacks.column.successor')}</th>
          </tr>
        </thead>
        {[...layers.values()].map((group) => (
          <tbody key={group.layer}>
            <tr className="group">
              <th scope="colgroup" colSpan={8}>
                {group.layer}
              </th>
            </tr>
            {group.components.map((component, index) => (
              <tr key={index}>
                <th scope="row">
                  {component.givenProduct}
                  {component.givenProduct !== component.product && (
                    <span className="normalised"> ({component.product})</span>
                  )}
                </th>
                <td>{component.version}</td>
                <td>{t(hostingLabel(component.hosting))}</td>
                <td>
                  <span className={`status status-${component.status.toLowerCase()}`}>
                    {t(componentStatusLabel(component.status))}
                  </span>
                </td>
                <td>{day(component.statusSince)}</td>
                <td>{day(component.decommissionBy)}</td>
                <td>
                  {day(component.vendorEndOfSupport)}
                  {component.obsolescenceWarning && <span className="badge warning"> {t('stacks.obsolescence')}</span>}
                </td>
                <td>{component.successor}</td>
              </tr>
            ))}
          </tbody>
        ))}
      </table>
    </TableScroll>
  );
}
