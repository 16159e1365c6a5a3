import type { TechStackPageQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { roadmapActionLabel } from './labels';
import { TableScroll } from '../browse/TableScroll';

type RoadmapItem = NonNullable<TechStackPageQuery['techStack']>['roadmap'][number];

/** A stack's roadmap, by target date. */
export function RoadmapTable({ items }: { items: readonly RoadmapItem[] }) {
  const { t, format } = useI18n();
  if (items.length === 0) return <p className="empty">{t('stacks.noRoadmap')}</p>;
  const ordered = [...items].sort((a, b) => a.targetDate.localeCompare(b.targetDate));
  return (
    <TableScroll label={t('stacks.roadmap')}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('stacks.column.targetDate')}</th>
            <th scope="col">{t('stacks.column.title')}</th>
            <th scope="col">{t('stacks.column.component')}</th>
            <th scope="col">{t('stacks.column.action')}</th>
          </tr>
        </thead>
        <tbody>
          {ordered.map((item, index) => {
            const action = roadmapActionLabel(item.action);
            return (
              <tr key={index}>
                <td>{format.day(item.targetDate)}</td>
                <th scope="row">{item.title}</th>
                <td>{item.component}</td>
                <td>{action ? t(action) : item.action}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
