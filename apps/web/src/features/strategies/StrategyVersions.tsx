import { useQuery } from 'urql';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { StrategyDiffDocument, type StrategyPageQuery } from '../../gql/graphql';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { diffFieldLabel } from './labels';

type Version = NonNullable<StrategyPageQuery['ictStrategy']>['versions'][number];

interface Props {
  versions: readonly Version[];
  /** The versions compared (ids), kept in the page's URL. */
  from: string | null;
  to: string | null;
  onChange(change: { from?: string | null; to?: string | null }): void;
}

/** Every version of a strategy, and what changed between two of them (the previous and the latest by default). */
export function StrategyVersions({ versions, from, to, onChange }: Props) {
  const { t, format } = useI18n();
  const ordered = [...versions].sort((a, b) => a.version - b.version);
  const latest = ordered.at(-1);
  const previous = ordered.at(-2);
  const fromId = from ?? previous?.id ?? null;
  const toId = to ?? latest?.id ?? null;

  return (
    <section aria-labelledby="versions-heading">
      <h2 id="versions-heading">{t('strategies.versions')}</h2>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('strategies.version.number')}</th>
            <th scope="col">{t('strategies.version.title')}</th>
            <th scope="col">{t('strategies.version.period')}</th>
            <th scope="col">{t('strategies.version.published')}</th>
          </tr>
        </thead>
        <tbody>
          {[...ordered].reverse().map((version) => (
            <tr key={version.id}>
              <th scope="row">{format.number(version.version)}</th>
              <td>{version.title}</td>
              <td>{format.years(version.periodStart, version.periodEnd)}</td>
              <td>{format.dateTime(version.createdAt)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3 id="diff-heading">{t('strategies.diff.title')}</h3>
      {ordered.length < 2 ? (
        <p className="empty">{t('strategies.diff.onlyOne')}</p>
      ) : (
        <>
          <div className="filters" role="group" aria-labelledby="diff-heading">
            {(['from', 'to'] as const).map((end) => (
              <div className="field" key={end}>
                <label htmlFor={`diff-${end}`}>
                  {t(end === 'from' ? 'strategies.diff.from' : 'strategies.diff.to')}
                </label>
                <select
                  id={`diff-${end}`}
                  value={(end === 'from' ? fromId : toId) ?? ''}
                  onChange={(event) => onChange({ [end]: event.target.value })}
                >
                  {ordered.map((version) => (
                    <option key={version.id} value={version.id}>
                      {t('strategies.diff.option', {
                        version: version.version,
                        date: format.date(version.createdAt),
                      })}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {fromId && toId && fromId !== toId ? (
            <VersionDiff from={fromId} to={toId} />
          ) : (
            <p className="empty">{t('strategies.diff.same')}</p>
          )}
        </>
      )}
    </section>
  );
}

/** What changed from one version to another: the fields, then the text line by line. */
function VersionDiff({ from, to }: { from: string; to: string }) {
  const { t } = useI18n();
  const [{ data, error, fetching }] = useQuery({ query: StrategyDiffDocument, variables: { from, to } });
  if (!data) return fetching ? <Loading /> : <ErrorNotice error={error} />;
  const diff = data.strategyDiff;
  const fields = diff.changes.filter((change) => change.field !== 'body');
  const bodyChanged = diff.bodyDiff.some((line) => line.kind !== 'SAME');
  return (
    <div className="diff" aria-live="polite">
      <h4>{t('strategies.diff.heading', { from: diff.from.version, to: diff.to.version })}</h4>
      {fields.length === 0 && !bodyChanged && <p className="empty">{t('strategies.diff.noChange')}</p>}
      {fields.length > 0 && (
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">{t('strategies.diff.field')}</th>
              <th scope="col">{t('strategies.diff.before')}</th>
              <th scope="col">{t('strategies.diff.after')}</th>
            </tr>
          </thead>
          <tbody>
            {fields.map((change) => {
              const label = diffFieldLabel(change.field);
              return (
                <tr key={change.field}>
                  <th scope="row">{label ? t(label) : change.field}</th>
                  <td>
                    <del>{change.before}</del>
                  </td>
                  <td>
                    <ins>{change.after}</ins>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {bodyChanged && (
        <>
          <h5>{t('strategies.diff.body')}</h5>
          <ol className="diff-lines">
            {diff.bodyDiff.map((line, index) => (
              <li key={index} className={`diff-line ${line.kind.toLowerCase()}`}>
                {line.kind === 'ADDED' ? (
                  <ins>
                    <span className="visually-hidden">{t('strategies.diff.added')} </span>
                    {line.text}
                  </ins>
                ) : line.kind === 'REMOVED' ? (
                  <del>
                    <span className="visually-hidden">{t('strategies.diff.removed')} </span>
                    {line.text}
                  </del>
                ) : (
                  <span>{line.text}</span>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}
