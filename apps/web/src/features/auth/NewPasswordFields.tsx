import { Field } from '../common/Field';
import { useI18n } from '../../lib/i18n/I18nProvider';

export const MIN_PASSWORD_LENGTH = 12;

/** A new password typed twice, with the rules said before they are broken. */
export function NewPasswordFields(props: {
  password: string;
  confirmation: string;
  onPassword(value: string): void;
  onConfirmation(value: string): void;
  problem?: string;
}) {
  const { t } = useI18n();
  const mismatch = props.confirmation !== '' && props.confirmation !== props.password;
  return (
    <>
      <Field
        label={t('auth.newPassword')}
        hint={t('auth.newPassword.hint', { min: MIN_PASSWORD_LENGTH })}
        problem={props.problem}
      >
        {(control) => (
          <input
            {...control}
            type="password"
            name="new-password"
            autoComplete="new-password"
            required
            minLength={MIN_PASSWORD_LENGTH}
            value={props.password}
            onChange={(event) => props.onPassword(event.target.value)}
          />
        )}
      </Field>
      <Field label={t('auth.confirmPassword')} problem={mismatch ? t('auth.confirmPassword.mismatch') : undefined}>
        {(control) => (
          <input
            {...control}
            type="password"
            name="confirm-password"
            autoComplete="new-password"
            required
            value={props.confirmation}
            onChange={(event) => props.onConfirmation(event.target.value)}
          />
        )}
      </Field>
    </>
  );
}
