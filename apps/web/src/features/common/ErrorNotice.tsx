import type { CombinedError } from 'urql';
import type { MessageKey } from '../../lib/i18n/catalogue';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { errorCode, type ErrorCode } from '../../lib/graphql/errors';

const MESSAGES: Record<ErrorCode, MessageKey> = {
  UNAUTHENTICATED: 'common.error.UNAUTHENTICATED',
  FORBIDDEN: 'common.error.FORBIDDEN',
  NOT_FOUND: 'common.error.NOT_FOUND',
  BAD_USER_INPUT: 'common.error.BAD_USER_INPUT',
  CONFLICT: 'common.error.CONFLICT',
  RATE_LIMITED: 'common.error.RATE_LIMITED',
  QUERY_TOO_COMPLEX: 'common.error.INTERNAL',
  UNAVAILABLE: 'common.error.UNAVAILABLE',
  INTERNAL: 'common.error.INTERNAL',
  NETWORK: 'common.error.NETWORK',
};

/** An API error said in the interface language (the API's own English words kept as detail for support). */
export function ErrorNotice({ error }: { error: CombinedError | undefined }) {
  const { t } = useI18n();
  const code = errorCode(error);
  if (!error || !code) return null;
  return (
    <div className="notice error" role="alert">
      <p>{t(MESSAGES[code])}</p>
    </div>
  );
}
