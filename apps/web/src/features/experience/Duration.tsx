import { useI18n } from '../../lib/i18n/I18nProvider';

/** How a project kept to its plan: months over it, on plan, or nothing when a duration is not known. */
export function Duration({ overrunMonths }: { overrunMonths: number | null | undefined }) {
  const { t } = useI18n();
  if (overrunMonths == null) return null;
  return (
    <span className={overrunMonths > 0 ? 'badge overrun' : 'badge'}>
      {overrunMonths > 0 ? t.plural('experience.overrun', overrunMonths) : t('experience.onPlan')}
    </span>
  );
}
