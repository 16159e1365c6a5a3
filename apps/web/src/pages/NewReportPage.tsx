import { useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { paths } from '../app/paths';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { RequireSignIn } from '../features/common/RequireSignIn';
import { usePageTitle } from '../features/common/usePageTitle';
import { RECOMMENDATION_NUMBERS } from '../features/reports/labels';
import { emptyDraft, toReportInput, type ReportDraft } from '../features/reports/report-input';
import { ReportForm } from '../features/reports/ReportForm';
import { PostExperienceReportDocument, ReportFormOptionsDocument } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';

function NewReport() {
  const { apiLanguage } = useI18n();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const asked = Number(params.get('recommendation'));
  const main = RECOMMENDATION_NUMBERS.includes(asked) ? asked : 9;
  const [{ data, error }] = useQuery({ query: ReportFormOptionsDocument, variables: { lang: apiLanguage } });
  const [result, post] = useMutation(PostExperienceReportDocument);
  // One id per draft: a retry after a lost answer returns the first report instead of posting a second.
  const [clientMutationId] = useState(() => crypto.randomUUID());

  const submit = async (draft: ReportDraft) => {
    const { data: posted } = await post({ input: toReportInput(draft, clientMutationId) });
    if (posted) void navigate(paths.thread(posted.postExperienceReport.thread.id));
  };

  if (!data) return error ? <ErrorNotice error={error} /> : <Loading />;
  return (
    <ReportForm
      options={data}
      initial={emptyDraft(main, apiLanguage)}
      error={result.error}
      sending={result.fetching}
      onSubmit={(draft) => void submit(draft)}
    />
  );
}

/** Post an experience report (recommendation 9 by default, or ?recommendation=N): it opens its thread. */
export default function NewReportPage() {
  const { t } = useI18n();
  usePageTitle(t('reports.new.title'));
  return (
    <RequireSignIn>
      <div className="page">
        <h1>{t('reports.new.title')}</h1>
        <p className="lead">{t('reports.new.intro')}</p>
        <NewReport />
      </div>
    </RequireSignIn>
  );
}
