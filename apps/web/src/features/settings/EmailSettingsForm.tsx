import { useState, type FormEvent } from 'react';
import { useMutation, useQuery } from 'urql';
import {
  MyEmailSettingsDocument,
  SetEmailSettingsDocument,
  type EmailFrequency,
  type Language,
} from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { EMAIL_FREQUENCIES, emailFrequencyLabel } from './labels';

/** The languages e-mails are written in (those of the interface). */
const MAIL_LANGUAGES: Language[] = ['EN', 'ZH'];

function Form({ initial }: { initial: { frequency: EmailFrequency; language: Language } }) {
  const { t, format } = useI18n();
  const [frequency, setFrequency] = useState(initial.frequency);
  const [language, setLanguage] = useState(initial.language);
  const [result, save] = useMutation(SetEmailSettingsDocument);
  const [saved, setSaved] = useState(false);
  // A language chosen through the API that the page does not offer still shows.
  const languages = MAIL_LANGUAGES.includes(initial.language) ? MAIL_LANGUAGES : [...MAIL_LANGUAGES, initial.language];

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    const { data } = await save({ input: { frequency, language } });
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
      <div className="field">
        <label htmlFor="email-language">{t('settings.email.language')}</label>
        <select id="email-language" value={language} onChange={(event) => setLanguage(event.target.value as Language)}>
          {languages.map((value) => (
            <option key={value} value={value}>
              {format.languageName(value.toLowerCase())}
            </option>
          ))}
        </select>
      </div>
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

/** How often the member is e-mailed about its notifications (a digest, each one, or none), and in which language. */
export function EmailSettingsForm() {
  const [{ data, error, fetching }] = useQuery({ query: MyEmailSettingsDocument });
  if (!data) return fetching ? <Loading /> : <ErrorNotice error={error} />;
  return <Form initial={data.myEmailSettings} />;
}
