import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../app/paths';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { NotFound } from '../features/common/NotFound';
import { usePageTitle } from '../features/common/usePageTitle';
import { Markdown } from '../features/browse/Markdown';
import { Duration } from '../features/experience/Duration';
import '../features/browse/browse.css';
import { visibilityLabel } from '../features/threads/labels';
import { ExperienceReportPageDocument } from '../gql/graphql';
import { errorCode } from '../lib/graphql/errors';
import type { MessageKey } from '../lib/i18n/catalogue';
import { useI18n } from '../lib/i18n/I18nProvider';

/** One experience report with every structured field; one the reader may not see is "not found". */
export default function ExperienceReportPage() {
  const { id = '' } = useParams();
  const { t, format } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: ExperienceReportPageDocument, variables: { id } });
  const report = data?.experienceReport;
  usePageTitle(report?.title);

  if (errorCode(error) === 'NOT_FOUND' || (data && !report)) return <NotFound />;
  if (!report) return fetching ? <Loading /> : <ErrorNotice error={error} />;

  const notSaid = t('experience.notSaid');
  const months = (value: number | null | undefined) => (value == null ? notSaid : t.plural('experience.months', value));
  const fact = (label: MessageKey, value: ReactNode) => (
    <div>
      <dt>{t(label)}</dt>
      <dd>{value}</dd>
    </div>
  );

  return (
    <article className="page report" aria-labelledby="report-title">
      <p className="breadcrumbs">
        <Link to={paths.experienceReports()}>{t('experience.title')}</Link>
      </p>
      <h1 id="report-title">{report.title}</h1>
      <section aria-labelledby="report-details">
        <h2 id="report-details" className="visually-hidden">
          {t('experience.details')}
        </h2>
        <dl className="facts">
          {fact('experience.meta.office', `${report.office.code} · ${format.officeName(report.office)}`)}
          {fact('experience.meta.project', report.projectName)}
          {fact('experience.meta.deliveryModel', t(`reports.deliveryModel.${report.deliveryModel}`))}
          {fact(
            'experience.meta.phases',
            report.phases.length ? format.list(report.phases.map((phase) => t(`reports.phase.${phase}`))) : notSaid,
          )}
          {fact(
            'experience.meta.recommendations',
            format.list(report.recommendations.map((number) => t('experience.recommendation', { number }))),
          )}
          {fact('experience.meta.planned', months(report.plannedMonths))}
          {fact(
            'experience.meta.actual',
            <>
              {months(report.actualMonths)} <Duration overrunMonths={report.overrunMonths} />
            </>,
          )}
          {fact('experience.meta.budget', report.budgetBand ? t(`reports.budgetBand.${report.budgetBand}`) : notSaid)}
          {fact(
            'experience.meta.teamSize',
            report.teamSizeBand ? t(`reports.teamSizeBand.${report.teamSizeBand}`) : notSaid,
          )}
          {fact(
            'experience.meta.wouldDoAgain',
            report.wouldDoAgain ? t(`reports.wouldDoAgain.${report.wouldDoAgain}`) : notSaid,
          )}
          {fact('experience.meta.language', format.languageName(report.language))}
          {fact('experience.meta.visibility', t(visibilityLabel(report.visibility)))}
          {report.sharedWith.length > 0 &&
            fact(
              'experience.meta.sharedWith',
              format.list(report.sharedWith.map((office) => format.officeName(office))),
            )}
          {fact('experience.meta.published', format.date(report.createdAt))}
          {fact('experience.meta.updated', format.date(report.updatedAt))}
        </dl>
        {report.technologies.length > 0 && (
          <>
            <h3 id="report-technologies">{t('experience.meta.technologies')}</h3>
            <ul className="tags" aria-labelledby="report-technologies">
              {report.technologies.map((technology) => (
                <li key={technology}>{technology}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="report-outcome">
        <h2 id="report-outcome">{t('experience.outcome')}</h2>
        <Markdown text={report.outcome} />
      </section>
      <section aria-labelledby="report-lessons">
        <h2 id="report-lessons">{t('experience.lessons')}</h2>
        <Markdown text={report.lessonsLearned} />
      </section>
      {report.sourcingNotes && (
        <section aria-labelledby="report-sourcing">
          <h2 id="report-sourcing">{t('experience.sourcing')}</h2>
          <Markdown text={report.sourcingNotes} />
        </section>
      )}
      <p>
        <Link className="button" to={paths.thread(report.thread.id)}>
          {t.plural('experience.discuss', report.thread.postCount)}
        </Link>
      </p>
    </article>
  );
}
