import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../app/paths';
import '../features/browse/browse.css';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { NotFound } from '../features/common/NotFound';
import { usePageTitle } from '../features/common/usePageTitle';
import { useOffices } from '../features/offices/OfficeFilters';
import { implementationLabel, ipRightLabel } from '../features/standards/labels';
import { visibilityLabel } from '../features/threads/labels';
import { StandardStatusPageDocument, type StandardStatusFieldsFragment } from '../gql/graphql';
import { errorCode } from '../lib/graphql/errors';
import { useI18n } from '../lib/i18n/I18nProvider';
import { TableScroll } from '../features/browse/TableScroll';

/** One office's implementation reports on one standard (?standard=ST.26&office=DE): the current status, then all. */
export default function StandardStatusPage() {
  const { t, format } = useI18n();
  const [params] = useSearchParams();
  const standard = params.get('standard') ?? '';
  const officeCode = (params.get('office') ?? '').toUpperCase();
  const office = useOffices().find((candidate) => candidate.code === officeCode);
  const officeName = office ? format.officeName(office) : officeCode;
  const title = t('standards.detail.title', { standard, office: officeName });
  usePageTitle(title);
  const [{ data, error, fetching }] = useQuery({
    query: StandardStatusPageDocument,
    variables: { standard, officeCode },
    pause: !standard || !officeCode,
  });

  const code = errorCode(error);
  if (!standard || !officeCode || code === 'NOT_FOUND' || code === 'BAD_USER_INPUT') return <NotFound />;
  if (!data) return fetching ? <Loading /> : <ErrorNotice error={error} />;
  const canonical = data.standardsStatusHistory[0]?.standard ?? standard;
  const known = data.wipoStandards.find((candidate) => candidate.code === canonical);

  return (
    <div className="page">
      <p className="breadcrumbs">
        <Link to={paths.standards()}>{t('standards.back')}</Link>
      </p>
      <h1>{title}</h1>
      {known && <p className="lead">{known.title}</p>}
      <section aria-labelledby="current-heading">
        <h2 id="current-heading">{t('standards.current')}</h2>
        {data.standardsStatus.length === 0 ? (
          <p className="empty">{t('standards.noReport')}</p>
        ) : (
          <StatusTable rows={data.standardsStatus} label={t('standards.current')} />
        )}
      </section>
      {data.standardsStatusHistory.length > 0 && (
        <section aria-labelledby="history-heading">
          <h2 id="history-heading">{t('standards.history')}</h2>
          <StatusTable rows={data.standardsStatusHistory} label={t('standards.history')} />
        </section>
      )}
    </div>
  );
}

function StatusTable({ rows, label }: { rows: readonly StandardStatusFieldsFragment[]; label: string }) {
  const { t, format } = useI18n();
  return (
    <TableScroll label={label}>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('standards.column.ipRight')}</th>
            <th scope="col">{t('standards.column.status')}</th>
            <th scope="col">{t('standards.column.planDate')}</th>
            <th scope="col">{t('standards.column.explanation')}</th>
            <th scope="col">{t('standards.column.comment')}</th>
            <th scope="col">{t('standards.column.reportedAt')}</th>
            <th scope="col">{t('standards.column.visibility')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <th scope="row">{t(ipRightLabel(row.ipRight))}</th>
              <td>
                <span className={`status status-${row.status.toLowerCase()}`}>
                  {t(implementationLabel(row.status))}
                </span>
              </td>
              <td>{row.planDate ? format.day(row.planDate) : ''}</td>
              <td>{row.explanation}</td>
              <td>{row.comment}</td>
              <td>{format.dateTime(row.reportedAt)}</td>
              <td>{t(visibilityLabel(row.visibility))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
