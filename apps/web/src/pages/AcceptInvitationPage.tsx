import { useState, type FormEvent } from 'react';
import { useLocation } from 'react-router';
import { useMutation } from 'urql';
import { NewPasswordFields } from '../features/auth/NewPasswordFields';
import { tokenFromLocation } from '../features/auth/tokenFromLocation';
import { useSignedIn } from '../features/auth/useSignedIn';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Field } from '../features/common/Field';
import { usePageTitle } from '../features/common/usePageTitle';
import { AcceptInvitationDocument } from '../gql/graphql';
import { errorCode, fieldProblems } from '../lib/graphql/errors';
import { useI18n } from '../lib/i18n/I18nProvider';

export default function AcceptInvitationPage() {
  const { t } = useI18n();
  usePageTitle(t('auth.invitation.title'));
  const location = useLocation();
  const [token] = useState(() => tokenFromLocation(location));
  const [displayName, setDisplayName] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [result, accept] = useMutation(AcceptInvitationDocument);
  const signedIn = useSignedIn();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirmation) return;
    const { data } = await accept({ input: { token, displayName, password } });
    if (data) signedIn(data.acceptInvitation);
  };
  const problems = fieldProblems(result.error);
  const problemOf = (field: string) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? t('common.error.field', { detail: problem.message }) : undefined;
  };

  if (!token)
    return (
      <div className="page narrow">
        <h1>{t('auth.invitation.title')}</h1>
        <p>{t('auth.invitation.noToken')}</p>
      </div>
    );
  return (
    <div className="page narrow">
      <h1>{t('auth.invitation.title')}</h1>
      <p>{t('auth.invitation.intro')}</p>
      <form onSubmit={(event) => void submit(event)}>
        {errorCode(result.error) === 'NOT_FOUND' ? (
          <div className="notice error" role="alert">
            <p>{t('auth.invitation.invalid')}</p>
          </div>
        ) : (
          problems.length === 0 && <ErrorNotice error={result.error} />
        )}
        <Field label={t('auth.displayName')} hint={t('auth.displayName.hint')} problem={problemOf('displayName')}>
          {(control) => (
            <input
              {...control}
              name="displayName"
              autoComplete="name"
              required
              value={displayName}
              onChange={(event) => setDisplayName(event.target.value)}
            />
          )}
        </Field>
        <NewPasswordFields
          password={password}
          confirmation={confirmation}
          onPassword={setPassword}
          onConfirmation={setConfirmation}
          problem={problemOf('password')}
        />
        <button type="submit" className="primary" disabled={result.fetching}>
          {t('auth.invitation.submit')}
        </button>
      </form>
    </div>
  );
}
