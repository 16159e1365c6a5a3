import { useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { useMutation } from 'urql';
import { NewPasswordFields } from '../features/auth/NewPasswordFields';
import { tokenFromLocation } from '../features/auth/tokenFromLocation';
import { useSignedIn } from '../features/auth/useSignedIn';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { usePageTitle } from '../features/common/usePageTitle';
import { ResetPasswordDocument } from '../gql/graphql';
import { errorCode, fieldProblems } from '../lib/graphql/errors';
import { useI18n } from '../lib/i18n/I18nProvider';

/** The page of an operator's one-time reset link (npm run admin -- reset-password). */
export default function ResetPasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('auth.reset.title'));
  const location = useLocation();
  const [token] = useState(() => tokenFromLocation(location));
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [result, reset] = useMutation(ResetPasswordDocument);
  const signedIn = useSignedIn();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirmation) return;
    const { data } = await reset({ input: { token, newPassword: password } });
    if (data) signedIn(data.resetPassword);
  };
  const problem = fieldProblems(result.error).find((p) => p.field === 'newPassword');

  return (
    <div className="page narrow">
      <h1>{t('auth.reset.title')}</h1>
      <form onSubmit={(event) => void submit(event)}>
        {errorCode(result.error) === 'NOT_FOUND' ? (
          <div className="notice error" role="alert">
            <p>{t('auth.reset.invalid')}</p>
          </div>
        ) : (
          !problem && <ErrorNotice error={result.error} />
        )}
        <NewPasswordFields
          password={password}
          confirmation={confirmation}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
          problem={problem ? t('common.error.field', { detail: problem.message }) : undefined}
        />
        <button type="submit" className="primary" disabled={result.fetching || !token}>
          {t('auth.reset.submit')}
        </button>
      </form>
    </div>
  );
}
