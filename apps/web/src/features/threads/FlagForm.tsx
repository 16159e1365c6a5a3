import { useId, useState, type FormEvent } from 'react';
import { useMutation } from 'urql';
import { FlagPostDocument } from '../../gql/graphql';
import { errorCode, fieldProblems } from '../../lib/graphql/errors';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { ErrorNotice } from '../common/ErrorNotice';

/** Asks the moderators to look at a post, with a reason (3 to 1000 characters). */
export function FlagForm({ postId, onDone }: { postId: string; onDone(flagged: boolean): void }) {
  const { t } = useI18n();
  const id = useId();
  const [reason, setReason] = useState('');
  const [result, flag] = useMutation(FlagPostDocument);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { data, error } = await flag({ postId, reason });
    if (data || errorCode(error) === 'CONFLICT') onDone(true);
  };
  const problem = fieldProblems(result.error).find((p) => p.field === 'reason');
  return (
    <form className="flag-form" onSubmit={(event) => void submit(event)}>
      {!problem && <ErrorNotice error={result.error} />}
      <div className={problem ? 'field invalid' : 'field'}>
        <label htmlFor={id}>{t('threads.flag.reason')}</label>
        <input
          id={id}
          required
          minLength={3}
          maxLength={1000}
          value={reason}
          aria-invalid={problem ? true : undefined}
          onChange={(event) => setReason(event.target.value)}
        />
        {problem && <p className="problem">{t('common.error.field', { detail: problem.message })}</p>}
      </div>
      <button type="submit" className="primary" disabled={result.fetching}>
        {t('threads.flag.submit')}
      </button>{' '}
      <button type="button" onClick={() => onDone(false)}>
        {t('common.cancel')}
      </button>
    </form>
  );
}
