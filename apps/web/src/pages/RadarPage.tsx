import { lazy, Suspense, useMemo, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import '../features/browse/browse.css';
import { useSearchFilters } from '../features/browse/useSearchFilters';
import { ErrorNotice } from '../features/common/ErrorNotice';
import { Loading } from '../features/common/Loading';
import { usePageTitle } from '../features/common/usePageTitle';
import { RegionSelect } from '../features/offices/OfficeFilters';
import { componentStatusLabel, movementLabel, ringLabel } from '../features/stacks/labels';
import { placeItems } from '../features/stacks/radar-layout';
import '../features/stacks/radar.css';
import { StacksNav } from '../features/stacks/StacksNav';
import { TechnologyRadarDocument } from '../gql/graphql';
import { useI18n } from '../lib/i18n/I18nProvider';
import { TableScroll } from '../features/browse/TableScroll';

// The chart is a chunk of its own, loaded once there is something to draw.
const RadarChart = lazy(() => import('../features/stacks/RadarChart'));

/** The name technologyRadar gives the products used by too few offices to be named. */
const OTHER = 'other';

/** The technology radar over the stacks the reader may see, by layer and region (in the URL). */
export default function RadarPage() {
  const { t, format } = useI18n();
  usePageTitle(t('stacks.radar.title'));
  const [filters, setFilters] = useSearchFilters(['layer', 'region'] as const);
  const [layerDraft, setLayerDraft] = useState(filters.layer ?? '');
  const [{ data, error, fetching }] = useQuery({
    query: TechnologyRadarDocument,
    variables: { layer: filters.layer, region: filters.region },
  });
  const entries = data?.technologyRadar;
  const items = useMemo(
    () =>
      placeItems(
        (entries ?? []).flatMap((entry) =>
          entry.ring && entry.product !== OTHER
            ? [{ product: entry.product, ring: entry.ring, movement: entry.movement ?? null, offices: entry.offices }]
            : [],
        ),
      ),
    [entries],
  );
  const other = entries?.find((entry) => entry.product === OTHER && !entry.ring);
  const byProduct = new Map((entries ?? []).map((entry) => [entry.product, entry]));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setFilters({ layer: layerDraft.trim() || null });
  };

  return (
    <div className="page">
      <StacksNav />
      <h1>{t('stacks.radar.title')}</h1>
      <p className="lead">{t('stacks.radar.intro')}</p>
      <form className="filters" role="search" aria-label={t('stacks.radar.filters')} onSubmit={submit}>
        <div className="field">
          <label htmlFor="radar-layer">{t('stacks.radar.layer')}</label>
          <p className="hint" id="radar-layer-hint">
            {t('stacks.radar.layerHint')}
          </p>
          <input
            id="radar-layer"
            aria-describedby="radar-layer-hint"
            value={layerDraft}
            onChange={(event) => setLayerDraft(event.target.value)}
          />
        </div>
        <RegionSelect id="radar-region" value={filters.region} onChange={(region) => setFilters({ region })} />
        <button type="submit">{t('stacks.radar.apply')}</button>
      </form>

      {!entries && (fetching ? <Loading /> : <ErrorNotice error={error} />)}
      {entries && items.length === 0 && <p className="empty">{t('stacks.radar.empty')}</p>}
      {items.length > 0 && (
        <div className="radar-layout">
          <Suspense fallback={<Loading />}>
            <RadarChart items={items} />
          </Suspense>
          <TableScroll label={t('stacks.radar.table')}>
            <table className="data-table radar-table">
              <caption>{t('stacks.radar.table')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('stacks.radar.number')}</th>
                  <th scope="col">{t('stacks.radar.product')}</th>
                  <th scope="col">{t('stacks.radar.ring')}</th>
                  <th scope="col">{t('stacks.radar.movement')}</th>
                  <th scope="col">{t('stacks.radar.offices')}</th>
                  <th scope="col">{t('stacks.radar.byStatus')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((item) => (
                  <tr key={item.product} data-product={item.product}>
                    <td>{format.number(item.number)}</td>
                    <th scope="row">{item.product}</th>
                    <td>{t(ringLabel(item.ring))}</td>
                    <td>{item.movement ? t(movementLabel(item.movement)) : t('stacks.radar.noMovement')}</td>
                    <td>{format.number(item.offices)}</td>
                    <td>
                      {format.list(
                        (byProduct.get(item.product)?.byStatus ?? []).map((count) =>
                          t('stacks.radar.statusCount', {
                            status: t(componentStatusLabel(count.status)),
                            count: count.offices,
                          }),
                        ),
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
      {other && (
        <p className="note">
          <strong>{t('stacks.radar.other')}</strong> {t.plural('stacks.radar.otherNote', other.offices)}
        </p>
      )}
    </div>
  );
}
