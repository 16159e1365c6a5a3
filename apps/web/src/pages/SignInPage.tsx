import { useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { Field } from '../features/common/Field';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { usePageTitle } from '../features/common/usePageTitle';
import { useSignedIn } from '../features/auth/useSignedIn';
import { SignInDocument } from '../gql/graphql';
import { errorCode } from '../lib/graphql/errors';
import { useI18n } from '../lib/i18n/I18nProvider';

export default function SignInPage() {
  const { t } = useI18n();
  usePageTitle(t('auth.signIn.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [result, signIn] = useMutation(SignInDocument);
  const signedIn = useSignedIn();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data } = await signIn({ input: { email, password } });
    if (data) signedIn(data.signIn);
  };
  const wrong = errorCode(result.error) === 'UNAUTHENTICATED';

  return (
    <div className="page narrow">
      <h1>{t('auth.signIn.title')}</h1>
      <form onSubmit={(event) => void submit(event)} noValidate={false}>
        {wrong ? (
          <div className="notice error" role="alert">
            <p>{t('auth.signIn.wrong')}</p>
          </div>
        ) : (
          <ErrorNotice error={result.error} />
        )}
        <Field label={t('auth.email')}>
          {(control) => (
            <input
              {...control}
              type="email"
              name="email"
              autoComplete="username"
              required
              value={email}
              onChange={(event) => setEmail(event.target.value)}
            />
          )}
        </Field>
        <Field label={t('auth.password')}>
          {(control) => (
            <input
              {...control}
              type="password"
              name="password"
              autoComplete="current-password"
              required
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          )}
        </Field>
        <button type="submit" className="primary" disabled={result.fetching}>
          {t('auth.signIn.submit')}
        </button>
      </form>
      <p className="hint">{t('auth.signIn.noAccount')}</p>
    </div>
  );
}
