import { useQuery } from 'urql';
import { OfficeOptionsDocument } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { regionName, regionsOf } from './regions';

/** Every office, once per visit (the list does not change while one reads). */
export function useOffices() {
  const [{ data }] = useQuery({ query: OfficeOptionsDocument, requestPolicy: 'cache-first' });
  return data?.offices ?? [];
}

interface SelectProps {
  id: string;
  value: string | null;
  onChange(value: string | null): void;
  /** The label; "Office" / "Region" when not given. */
  label?: string;
  /** Offer "any" (no filter); without it the first office is chosen by the caller. */
  any?: boolean;
}

/** A choice of office by its ST.3 code, named in the interface language. */
export function OfficeSelect({ id, value, onChange, label, any = true }: SelectProps) {
  const { t, format } = useI18n();
  const offices = useOffices();
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('offices.office')}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        {(any || !value) && <option value="">{t('offices.anyOffice')}</option>}
        {offices.map((office) => (
          <option key={office.id} value={office.code}>
            {office.code} · {format.officeName(office)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A choice of region, among those of the offices. */
export function RegionSelect({ id, value, onChange, label }: SelectProps) {
  const { t } = useI18n();
  const offices = useOffices();
  return (
    <div className="field">
      <label htmlFor={id}>{label ?? t('offices.region')}</label>
      <select id={id} value={value ?? ''} onChange={(event) => onChange(event.target.value || null)}>
        <option value="">{t('offices.anyRegion')}</option>
        {regionsOf(offices).map((region) => (
          <option key={region} value={region}>
            {regionName(t, region)}
          </option>
        ))}
      </select>
    </div>
  );
}
