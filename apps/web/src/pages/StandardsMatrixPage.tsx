import { Link } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../app/paths';
import '../features/browse/browse.css';
import { useSearchFilters } from '../features/browse/useSearchFilters';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { usePageTitle } from '../features/common/usePageTitle';
import { RegionSelect } from '../features/offices/OfficeFilters';
import { implementationLabel, IP_RIGHTS, ipRightLabel } from '../features/standards/labels';
import { StandardsMatrixDocument, type StandardsMatrixQuery } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';

type Cell = StandardsMatrixQuery['standardsMatrix']['cells'][number];

/** Offices by WIPO standards: the current status each office reported, per IP right, as far as the reader may see. */
export default function StandardsMatrixPage() {
  const { t, format } = useI18n();
  usePageTitle(t('standards.title'));
  const [filters, setFilters] = useSearchFilters(['region', 'ipRight'] as const);
  const ipRight = IP_RIGHTS.find((right) => right === filters.ipRight) ?? null;
  const [{ data, error, fetching }] = useQuery({
    query: StandardsMatrixDocument,
    variables: { region: filters.region, ipRight },
  });
  const matrix = data?.standardsMatrix;
  const cells = new Map<string, Cell[]>();
  for (const cell of matrix?.cells ?? []) {
    const key = `${cell.standard}|${cell.office.code}`;
    cells.set(key, [...(cells.get(key) ?? []), cell]);
  }

  return (
    <div className="page">
      <h1>{t('standards.title')}</h1>
      <p className="lead">{t('standards.intro')}</p>
      <form className="filters" role="search" aria-label={t('standards.filters')} onSubmit={(e) => e.preventDefault()}>
        <RegionSelect id="standards-region" value={filters.region} onChange={(region) => setFilters({ region })} />
        <div className="field">
          <label htmlFor="standards-ip-right">{t('standards.ipRight')}</label>
          <select
            id="standards-ip-right"
            value={ipRight ?? ''}
            onChange={(event) => setFilters({ ipRight: event.target.value || null })}
          >
            <option value="">{t('standards.anyIpRight')}</option>
            {IP_RIGHTS.map((right) => (
              <option key={right} value={right}>
                {t(ipRightLabel(right))}
              </option>
            ))}
          </select>
        </div>
      </form>

      {!matrix && (fetching ? <Loading /> : <ErrorNotice error={error} />)}
      {matrix && matrix.offices.length === 0 && <p className="empty">{t('standards.noOffice')}</p>}
      {matrix && matrix.offices.length > 0 && (
        <div className="table-scroll">
          <table className="data-table matrix">
            <caption>{t('standards.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('standards.standard')}</th>
                {matrix.offices.map((office) => (
                  <th scope="col" key={office.id}>
                    <abbr title={format.officeName(office)}>{office.code}</abbr>
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {matrix.standards.map((standard) => (
                <tr key={standard.code}>
                  <th scope="row">
                    {standard.code} <span className="column-note">{standard.title}</span>
                  </th>
                  {matrix.offices.map((office) => {
                    const reported = cells.get(`${standard.code}|${office.code}`) ?? [];
                    if (reported.length === 0)
                      return (
                        <td key={office.id} className="not-reported">
                          <span className="visually-hidden">{t('standards.notReported')}</span>
                        </td>
                      );
                    return (
                      <td key={office.id}>
                        <Link className="cell-link" to={paths.standardStatus(standard.code, office.code)}>
                          <span className="visually-hidden">
                            {t('standards.openCell', { standard: standard.code, office: format.officeName(office) })}
                            :{' '}
                          </span>
                          {reported.map((cell) => (
                            <span key={cell.ipRight} className={`status status-${cell.status.toLowerCase()}`}>
                              {ipRight
                                ? t(implementationLabel(cell.status))
                                : t('standards.cell', {
                                    right: t(ipRightLabel(cell.ipRight)),
                                    status: t(implementationLabel(cell.status)),
                                  })}
                              {cell.planDate &&
                                ` ${t('standards.plannedFor', { date: format.day(cell.planDate) })}`}{' '}
                            </span>
                          ))}
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
