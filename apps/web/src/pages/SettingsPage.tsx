import { Link } from 'react-router';
import { useChooseLanguage } from '../app/memberLanguage';
import { paths } from '../app/paths';
import { RequireSignIn } from '../features/common/RequireSignIn';
import { usePageTitle } from '../features/common/usePageTitle';
import { EmailSettingsForm } from '../features/settings/EmailSettingsForm';
import '../features/settings/settings.css';
import { useI18n } from '../lib/i18n/I18nProvider';
import { LANGUAGES, LOCALE, NATIVE_NAME } from '../lib/i18n/languages';

function LanguageChoice() {
  const { t, language } = useI18n();
  const choose = useChooseLanguage();
  return (
    <fieldset className="choices">
      <legend>{t('settings.language.legend')}</legend>
      <p className="hint" id="settings-language-hint">
        {t('settings.language.hint')}
      </p>
      <div className="choice-list">
        {LANGUAGES.map((code) => (
          <label key={code} className="choice" lang={LOCALE[code]}>
            <input
              type="radio"
              name="language"
              value={code}
              checked={code === language}
              aria-describedby="settings-language-hint"
              onChange={() => choose(code)}
            />{' '}
            {NATIVE_NAME[code]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * The member's own settings: its language (the interface's on every device, and its e-mails'), how often it is
 * e-mailed about notifications (both kept by the API), and a way to the password page.
 */
export default function SettingsPage() {
  const { t } = useI18n();
  usePageTitle(t('settings.title'));
  return (
    <RequireSignIn>
      <div className="page narrow">
        <h1>{t('settings.title')}</h1>
        <LanguageChoice />
        <EmailSettingsForm />
        <p>
          <Link to={paths.changePassword()}>{t('settings.password')}</Link>
        </p>
      </div>
    </RequireSignIn>
  );
}
