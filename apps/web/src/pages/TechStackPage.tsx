import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { paths } from '../app/paths';
import '../features/browse/browse.css';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { NotFound } from '../features/common/NotFound';
import { usePageTitle } from '../features/common/usePageTitle';
import { OfficeSelect, useOffices } from '../features/offices/OfficeFilters';
import { ComponentsTable } from '../features/stacks/ComponentsTable';
import { RoadmapTable } from '../features/stacks/RoadmapTable';
import { StacksNav } from '../features/stacks/StacksNav';
import { visibilityLabel } from '../features/threads/labels';
import { TechStackPageDocument } from '../gql/graphql';
import { errorCode } from '../lib/graphql/errors';
import { useI18n } from '../lib/i18n/I18nProvider';

/** An office's tech stack (/stacks/DE): its latest version the reader may see, or an earlier one (?version=2). */
export default function TechStackPage() {
  const { code } = useParams();
  const officeCode = code?.toUpperCase() ?? null;
  const { t, format } = useI18n();
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [choice, setChoice] = useState<string | null>(officeCode);
  const offices = useOffices();
  const office = offices.find((candidate) => candidate.code === officeCode);
  const officeName = office ? format.officeName(office) : (officeCode ?? '');
  usePageTitle(officeCode ? t('stacks.officeTitle', { office: officeName }) : t('stacks.title'));

  const wanted = Number(params.get('version')) || null;
  const [{ data, error, fetching }] = useQuery({
    query: TechStackPageDocument,
    variables: { officeCode: officeCode ?? '', version: wanted },
    pause: !officeCode,
  });
  const versions = data?.techStackVersions ?? [];
  const stack = data?.techStack;

  const show = (event: FormEvent) => {
    event.preventDefault();
    if (choice) void navigate(paths.techStack(choice));
  };

  if (officeCode && (errorCode(error) === 'NOT_FOUND' || errorCode(error) === 'BAD_USER_INPUT')) return <NotFound />;

  return (
    <div className="page">
      <StacksNav />
      <h1>{officeCode ? t('stacks.officeTitle', { office: officeName }) : t('stacks.title')}</h1>
      {!officeCode && <p className="lead">{t('stacks.intro')}</p>}
      <form className="filters" onSubmit={show}>
        <OfficeSelect id="stack-office" value={choice} onChange={setChoice} any={false} />
        <button type="submit">{t('stacks.show')}</button>
      </form>

      {officeCode && !data && (fetching ? <Loading /> : <ErrorNotice error={error} />)}
      {officeCode && data && !stack && !fetching && <p className="empty">{t('stacks.none', { office: officeName })}</p>}
      {stack && (
        <>
          {versions.length > 1 && (
            <div className="field narrow">
              <label htmlFor="stack-version">{t('stacks.version')}</label>
              <select
                id="stack-version"
                value={stack.version}
                onChange={(event) => setParams({ version: event.target.value }, { replace: true })}
              >
                {versions.map((version) => (
                  <option key={version.id} value={version.version}>
                    {t('stacks.versionOption', { version: version.version, date: format.date(version.publishedAt) })}
                  </option>
                ))}
              </select>
            </div>
          )}
          <section aria-labelledby="stack-details">
            <h2 id="stack-details" className="visually-hidden">
              {t('stacks.details')}
            </h2>
            <dl className="facts">
              <div>
                <dt>{t('stacks.version')}</dt>
                <dd>{format.number(stack.version)}</dd>
              </div>
              <div>
                <dt>{t('stacks.meta.published')}</dt>
                <dd>{format.date(stack.publishedAt)}</dd>
              </div>
              <div>
                <dt>{t('stacks.meta.visibility')}</dt>
                <dd>{t(visibilityLabel(stack.visibility))}</dd>
              </div>
              <div>
                <dt>{t('stacks.meta.namedInWhoRuns')}</dt>
                <dd>{t(stack.namedInWhoRuns ? 'stacks.yes' : 'stacks.no')}</dd>
              </div>
            </dl>
            <p>
              <Link to={paths.thread(stack.thread.id)}>{t('stacks.discuss')}</Link>
            </p>
          </section>
          <section aria-labelledby="stack-components">
            <h2 id="stack-components">{t('stacks.components')}</h2>
            <ComponentsTable components={stack.components} />
          </section>
          <section aria-labelledby="stack-roadmap">
            <h2 id="stack-roadmap">{t('stacks.roadmap')}</h2>
            <RoadmapTable items={stack.roadmap} />
          </section>
        </>
      )}
    </div>
  );
}
