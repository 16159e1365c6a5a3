import { useI18n } from '../../lib/i18n/I18nProvider';

export interface Cursors {
  /** The cursor of each page seen, the first null: the last one is the page shown. */
  cursors: (string | null)[];
  setCursors(cursors: (string | null)[]): void;
}

/** Previous and next page of a connection. */
export function Pager({
  cursors,
  setCursors,
  pageInfo,
}: Cursors & { pageInfo: { hasNextPage: boolean; endCursor?: string | null } }) {
  const { t } = useI18n();
  if (cursors.length === 1 && !pageInfo.hasNextPage) return null;
  return (
    <nav className="pager" aria-label={t('admin.paging')}>
      <button type="button" disabled={cursors.length === 1} onClick={() => setCursors(cursors.slice(0, -1))}>
        {t('admin.previous')}
      </button>
      <button
        type="button"
        disabled={!pageInfo.hasNextPage}
        onClick={() => setCursors([...cursors, pageInfo.endCursor ?? null])}
      >
        {t('admin.next')}
      </button>
    </nav>
  );
}
