import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import { MyEmailSettingsDocument, SetEmailSettingsDocument, type EmailFrequency } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { EMAIL_FREQUENCIES, emailFrequencyLabel } from './labels';

function Form({ initial }: { initial: { frequency: EmailFrequency } }) {
  const { t } = useI18n();
  const [frequency, setFrequency] = useState(initial.frequency);
  const [result, save] = useMutation(SetEmailSettingsDocument);
  const [saved, setSaved] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const { data } = await save({ input: { frequency } });
    setSaved(Boolean(data));
  };

  return (
    <form className="email-settings" onSubmit={(event) => void submit(event)}>
      <fieldset className="choices">
        <legend>{t('settings.email.legend')}</legend>
        {EMAIL_FREQUENCIES.map((value) => (
          <label key={value} className="choice block">
            <input
              type="radio"
              name="frequency"
              value={value}
              checked={frequency === value}
              onChange={() => setFrequency(value)}
            />{' '}
            {t(emailFrequencyLabel(value))}
          </label>
        ))}
      </fieldset>
      <ErrorNotice error={result.error} />
      <button type="submit" className="primary" disabled={result.fetching}>
        {t('settings.email.save')}
      </button>
      <p role="status" className="saved">
        {saved ? t('settings.email.saved') : ''}
      </p>
    </form>
  );
}

/**
 * How often the member is e-mailed about its notifications: each one, a digest, or none. (The e-mails' language is
 * the member's language, chosen with the interface's.)
 */
export function EmailSettingsForm() {
  const [{ data, error, fetching }] = useQuery({ query: MyEmailSettingsDocument });
  if (!data) return fetching ? <Loading /> : <ErrorNotice error={error} />;
  return <Form initial={data.myEmailSettings} />;
}
