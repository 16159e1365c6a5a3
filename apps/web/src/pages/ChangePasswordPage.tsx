import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { NewPasswordFields } from '../features/auth/NewPasswordFields';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Field } from '../features/common/Field';
import { RequireSignIn } from '../features/common/RequireSignIn';
import { usePageTitle } from '../features/common/usePageTitle';
import { ChangePasswordDocument } from '../gql/graphql';
import { errorCode, fieldProblems } from '../lib/graphql/errors';
import { useI18n } from '../lib/i18n/I18nProvider';
import { sessionStore } from '../lib/session/session-store';

function ChangePasswordForm() {
  const { t } = useI18n();
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [done, setDone] = useState(false);
  const [result, change] = useMutation(ChangePasswordDocument);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (password !== confirmation) return;
    setDone(false);
    const { data } = await change({ input: { currentPassword: current, newPassword: password } });
    if (data) {
      // Every other session ended; this device goes on with the new one.
      sessionStore.set(data.changePassword);
      setCurrent('');
      setPassword('');
      setConfirmation('');
      setDone(true);
    }
  };
  const problem = fieldProblems(result.error).find((p) => p.field === 'newPassword');
  const wrongCurrent = errorCode(result.error) === 'UNAUTHENTICATED';

  return (
    <form onSubmit={(event) => void submit(event)}>
      {done && (
        <div className="notice success" role="status">
          <p>{t('auth.changePassword.done')}</p>
        </div>
      )}
      {!problem && !wrongCurrent && <ErrorNotice error={result.error} />}
      <Field
        label={t('auth.currentPassword')}
        problem={wrongCurrent ? t('auth.changePassword.wrongCurrent') : undefined}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            name="current-password"
            autoComplete="current-password"
            required
            value={current}
            onChange={(event) => setCurrent(event.target.value)}
          />
        )}
      </Field>
      <NewPasswordFields
        password={password}
        confirmation={confirmation}
        onPassword={setPassword}
        onConfirmation={setConfirmation}
        problem={problem ? t('common.error.field', { detail: problem.message }) : undefined}
      />
      <button type="submit" className="primary" disabled={result.fetching}>
        {t('auth.changePassword.submit')}
      </button>
    </form>
  );
}

export default function ChangePasswordPage() {
  const { t } = useI18n();
  usePageTitle(t('auth.changePassword.title'));
  return (
    <RequireSignIn>
      <div className="page narrow">
        <h1>{t('auth.changePassword.title')}</h1>
        <p>{t('auth.changePassword.intro')}</p>
        <ChangePasswordForm />
      </div>
    </RequireSignIn>
  );
}
