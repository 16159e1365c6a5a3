import { useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import '../features/browse/browse.css';
import { useSearchFilters } from '../features/browse/useSearchFilters';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { usePageTitle } from '../features/common/usePageTitle';
import { OfficeSelect } from '../features/offices/OfficeFilters';
import { componentStatusLabel } from '../features/stacks/labels';
import { StacksNav } from '../features/stacks/StacksNav';
import { CompareStacksDocument } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';
import { TableScroll } from '../features/browse/TableScroll';

/** Two offices' latest stacks side by side, layer by layer (/stacks/compare?first=DE&second=NO). */
export default function CompareStacksPage() {
  const { t, format } = useI18n();
  usePageTitle(t('stacks.compare.title'));
  const [chosen, setChosen] = useSearchFilters(['first', 'second'] as const);
  const [first, setFirst] = useState(chosen.first);
  const [second, setSecond] = useState(chosen.second);
  const officeCodes = [chosen.first, chosen.second].filter((code): code is string => Boolean(code));
  const [{ data, error, fetching }] = useQuery({
    query: CompareStacksDocument,
    variables: { officeCodes },
    pause: officeCodes.length < 2,
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setChosen({ first, second });
  };
  const comparison = officeCodes.length === 2 ? data?.compareTechStacks : undefined;

  return (
    <div className="page">
      <StacksNav />
      <h1>{t('stacks.compare.title')}</h1>
      <p className="lead">{t('stacks.compare.intro')}</p>
      <form className="filters" onSubmit={submit}>
        <OfficeSelect
          id="compare-first"
          label={t('stacks.compare.first')}
          value={first}
          onChange={setFirst}
          any={false}
        />
        <OfficeSelect
          id="compare-second"
          label={t('stacks.compare.second')}
          value={second}
          onChange={setSecond}
          any={false}
        />
        <button type="submit" disabled={!first || !second}>
          {t('stacks.compare.show')}
        </button>
      </form>

      {officeCodes.length < 2 && <p className="empty">{t('stacks.compare.pick')}</p>}
      {officeCodes.length === 2 && !comparison && (fetching ? <Loading /> : <ErrorNotice error={error} />)}
      {comparison && (
        <TableScroll label={t('stacks.compare.title')}>
          <table className="data-table comparison">
            <caption>
              {t('stacks.compare.caption', {
                first: comparison.offices[0] ? format.officeName(comparison.offices[0]) : '',
                second: comparison.offices[1] ? format.officeName(comparison.offices[1]) : '',
              })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('stacks.column.layer')}</th>
                {comparison.offices.map((office, index) => {
                  const stack = comparison.stacks[index];
                  return (
                    <th scope="col" key={office.id}>
                      {office.code} · {format.officeName(office)}
                      <span className="column-note">
                        {stack
                          ? t('stacks.compare.stackVersion', {
                              version: stack.version,
                              date: format.date(stack.publishedAt),
                            })
                          : t('stacks.compare.noStack')}
                      </span>
                    </th>
                  );
                })}
              </tr>
            </thead>
            <tbody>
              {comparison.layers.length === 0 && (
                <tr>
                  <td colSpan={comparison.offices.length + 1}>{t('stacks.compare.noLayers')}</td>
                </tr>
              )}
              {comparison.layers.map((layer) => (
                <tr key={layer.layer}>
                  <th scope="row">{layer.layer}</th>
                  {layer.cells.map((cell) => (
                    <td key={cell.office.id}>
                      {cell.components.length === 0 ? (
                        <span className="empty">{t('stacks.compare.empty')}</span>
                      ) : (
                        <ul className="plain">
                          {cell.components.map((component, index) => (
                            <li key={index}>
                              <strong>{component.givenProduct}</strong>
                              {component.version && ` ${component.version}`}{' '}
                              <span className={`status status-${component.status.toLowerCase()}`}>
                                {t(componentStatusLabel(component.status))}
                              </span>
                            </li>
                          ))}
                        </ul>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </div>
  );
}
