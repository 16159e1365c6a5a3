import { useState, type FormEvent, type ReactNode } from 'react';
import type { CombinedError } from 'urql';
import type { ReportFormOptionsQuery } from '../../gql/graphql';
import { fieldProblems } from '../../lib/graphql/errors';
import type { MessageKey } from '../../lib/i18n/catalogue';
import { useI18n } from '../../lib/i18n/I18nProvider';
import { ErrorNotice } from '../common/ErrorNotice';
import { Field } from '../common/Field';
import {
  BUDGET_BANDS,
  CONTENT_LANGUAGES,
  DELIVERY_MODELS,
  PHASES,
  TEAM_SIZE_BANDS,
  VISIBILITIES,
  WOULD_DO_AGAIN,
} from './labels';
import type { ReportDraft } from './report-input';
import { SimilarThreads } from '../search/SimilarThreads';

interface Props {
  options: ReportFormOptionsQuery;
  initial: ReportDraft;
  error: CombinedError | undefined;
  sending: boolean;
  onSubmit(draft: ReportDraft): void;
}

/** A group of checkboxes or radios in a fieldset with its legend (and the API's problem with it). */
function Choices(props: { legend: string; problem?: string; children: ReactNode }) {
  return (
    <fieldset className={props.problem ? 'choices invalid' : 'choices'}>
      <legend>{props.legend}</legend>
      <div className="choice-list">{props.children}</div>
      {props.problem && <p className="problem">{props.problem}</p>}
    </fieldset>
  );
}

const toggled = <T,>(list: T[], value: T, on: boolean) => (on ? [...list, value] : list.filter((v) => v !== value));

/**
 * The experience report's structured fields. The API checks every rule; its refusal names the field
 * (extensions.field), and the problem is shown at that field, in the interface language with the API's detail.
 */
export function ReportForm({ options, initial, error, sending, onSubmit }: Props) {
  const { t, format } = useI18n();
  const [draft, setDraft] = useState(initial);
  const set = <K extends keyof ReportDraft>(key: K, value: ReportDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const problems = fieldProblems(error);
  const problemOf = (...fields: string[]) => {
    const problem = problems.find((p) => fields.some((field) => p.field === field || p.field.startsWith(`${field}.`)));
    return problem ? t('common.error.field', { detail: problem.message }) : undefined;
  };
  const label = (key: string) => t(key as MessageKey);
  const text = (key: 'title' | 'projectName', hint?: string) => (
    <Field label={t(`reports.field.${key}`)} hint={hint} problem={problemOf(key)}>
      {(control) => (
        <input {...control} name={key} required value={draft[key]} onChange={(e) => set(key, e.target.value)} />
      )}
    </Field>
  );
  const area = (key: 'outcome' | 'lessonsLearned' | 'sourcingNotes', required: boolean) => (
    <Field label={t(`reports.field.${key}`)} hint={t('reports.markdownHint')} problem={problemOf(key)}>
      {(control) => (
        <textarea
          {...control}
          name={key}
          rows={5}
          required={required}
          value={draft[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </Field>
  );
  const months = (key: 'plannedMonths' | 'actualMonths') => (
    <Field label={t(`reports.field.${key}`)} hint={t('reports.monthsHint')} problem={problemOf(key)}>
      {(control) => (
        <input
          {...control}
          name={key}
          type="number"
          inputMode="numeric"
          value={draft[key]}
          onChange={(e) => set(key, e.target.value)}
        />
      )}
    </Field>
  );
  const select = <K extends 'budgetBand' | 'teamSizeBand' | 'wouldDoAgain' | 'deliveryModel' | 'language'>(
    key: K,
    values: readonly string[],
    labelOf: (value: string) => string,
    optional: boolean,
  ) => (
    <Field label={t(`reports.field.${key}`)} problem={problemOf(key)}>
      {(control) => (
        <select {...control} name={key} value={draft[key]} onChange={(e) => set(key, e.target.value as ReportDraft[K])}>
          {optional && <option value="">{t('reports.notSaid')}</option>}
          {values.map((value) => (
            <option key={value} value={value}>
              {labelOf(value)}
            </option>
          ))}
        </select>
      )}
    </Field>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };

  return (
    // The API is the one judge of what is valid: the browser's own checks would speak another language.
    <form className="report-form" noValidate onSubmit={submit}>
      {problems.length === 0 ? (
        <ErrorNotice error={error} />
      ) : (
        <div className="notice error" role="alert">
          <p>{t('reports.form.fix')}</p>
        </div>
      )}
      {text('title', t('reports.titleHint'))}
      <SimilarThreads title={draft.title} body={draft.outcome} />
      {text('projectName', t('reports.titleHint'))}
      <Field
        label={t('reports.field.mainRecommendation')}
        hint={t('reports.mainRecommendationHint')}
        problem={problemOf('recommendations')}
      >
        {(control) => (
          <select
            {...control}
            name="mainRecommendation"
            value={draft.mainRecommendation}
            onChange={(e) => set('mainRecommendation', Number(e.target.value))}
          >
            {options.recommendations.map((r) => (
              <option key={r.id} value={r.number}>
                {t('catalog.recommendation', { number: r.number })}: {r.title.slice(0, 80)}
                {r.title.length > 80 ? '…' : ''}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Choices legend={t('reports.field.otherRecommendations')}>
        {options.recommendations
          .filter((r) => r.number !== draft.mainRecommendation)
          .map((r) => (
            <label key={r.id} className="choice">
              <input
                type="checkbox"
                checked={draft.otherRecommendations.includes(r.number)}
                onChange={(e) =>
                  set('otherRecommendations', toggled(draft.otherRecommendations, r.number, e.target.checked))
                }
              />{' '}
              {t('catalog.recommendation', { number: r.number })}
            </label>
          ))}
      </Choices>
      {select('deliveryModel', DELIVERY_MODELS, (v) => label(`reports.deliveryModel.${v}`), false)}
      <Choices legend={t('reports.field.phases')} problem={problemOf('phases')}>
        {PHASES.map((phase) => (
          <label key={phase} className="choice">
            <input
              type="checkbox"
              checked={draft.phases.includes(phase)}
              onChange={(e) => set('phases', toggled(draft.phases, phase, e.target.checked))}
            />{' '}
            {label(`reports.phase.${phase}`)}
          </label>
        ))}
      </Choices>
      <Field label={t('reports.field.technologies')} hint={t('reports.listHint')} problem={problemOf('technologies')}>
        {(control) => (
          <input
            {...control}
            name="technologies"
            value={draft.technologies}
            onChange={(e) => set('technologies', e.target.value)}
          />
        )}
      </Field>
      {area('outcome', true)}
      {area('lessonsLearned', true)}
      {area('sourcingNotes', false)}
      <div className="field-row">
        {months('plannedMonths')}
        {months('actualMonths')}
      </div>
      {select('budgetBand', BUDGET_BANDS, (v) => label(`reports.budgetBand.${v}`), true)}
      {select('teamSizeBand', TEAM_SIZE_BANDS, (v) => label(`reports.teamSizeBand.${v}`), true)}
      {select('wouldDoAgain', WOULD_DO_AGAIN, (v) => label(`reports.wouldDoAgain.${v}`), true)}
      {select('language', CONTENT_LANGUAGES, (v) => format.languageName(v), false)}
      <Choices legend={t('reports.field.visibility')} problem={problemOf('visibility', 'sharedWith')}>
        {VISIBILITIES.map((visibility) => (
          <label key={visibility} className="choice">
            <input
              type="radio"
              name="visibility"
              checked={draft.visibility === visibility}
              onChange={() => set('visibility', visibility)}
            />{' '}
            {label(`common.visibility.${visibility}`)}
          </label>
        ))}
      </Choices>
      {draft.visibility === 'OFFICES' && (
        <Choices legend={t('reports.field.sharedWith')} problem={problemOf('sharedWith')}>
          {options.offices.map((office) => (
            <label key={office.id} className="choice">
              <input
                type="checkbox"
                checked={draft.sharedWith.includes(office.code)}
                onChange={(e) => set('sharedWith', toggled(draft.sharedWith, office.code, e.target.checked))}
              />{' '}
              {office.code} · {format.officeName(office)}
            </label>
          ))}
        </Choices>
      )}
      <Field label={t('reports.field.tags')} hint={t('reports.tagsHint')} problem={problemOf('tags')}>
        {(control) => (
          <input {...control} name="tags" value={draft.tags} onChange={(e) => set('tags', e.target.value)} />
        )}
      </Field>
      <button type="submit" className="primary" disabled={sending}>
        {t('reports.submit')}
      </button>
    </form>
  );
}
