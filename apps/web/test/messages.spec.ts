import { CATALOGUES, FEATURES } from '../src/lib/i18n/catalogue';
import { LANGUAGES } from '../src/lib/i18n/languages';
import * as reportLabels from '../src/features/reports/labels';
import { REACTION_KINDS, THREAD_KINDS } from '../src/features/threads/labels';
import * as stackLabels from '../src/features/stacks/labels';
import * as standardLabels from '../src/features/standards/labels';
import * as strategyLabels from '../src/features/strategies/labels';
import { REGION_LABELS } from '../src/features/offices/regions';

const en = CATALOGUES.en as Record<string, string>;
const keys = Object.keys(en);
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

// Words that are the same in every language (codes, names of standards and formats).
const SAME_IN_ALL = new Set<string>([]);

describe('the message catalogues', () => {
  it.each(LANGUAGES)('%s gives every key, none empty, with the placeholders of English', (language) => {
    const catalogue = CATALOGUES[language] as Record<string, string>;
    expect(Object.keys(catalogue).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      expect(catalogue[key]?.trim()).not.toBe('');
      expect([key, placeholders(catalogue[key]!)]).toEqual([key, placeholders(en[key]!)]);
    }
  });

  it('keeps each feature to keys of its own name, so two features cannot take the same key', () => {
    for (const [feature, messages] of Object.entries(FEATURES)) {
      for (const language of LANGUAGES)
        for (const key of Object.keys(messages[language])) expect(key.startsWith(`${feature}.`)).toBe(true);
    }
  });

  it('has Chinese for every English message (nothing copied over untranslated)', () => {
    const zh = CATALOGUES.zh as Record<string, string>;
    const untranslated = keys.filter(
      (key) => !SAME_IN_ALL.has(key) && (zh[key] === en[key] || !/\p{Script=Han}/u.test(zh[key]!)),
    );
    expect(untranslated).toEqual([]);
  });

  it('gives plural messages both forms', () => {
    for (const key of keys.filter((k) => k.endsWith('.one'))) expect(keys).toContain(key.replace(/\.one$/, '.other'));
  });

  it('names every value of the API enums the pages offer', () => {
    const expected = [
      ...THREAD_KINDS.map((kind) => `threads.kind.${kind}`),
      ...REACTION_KINDS.map((kind) => `threads.reaction.${kind}`),
      ...reportLabels.DELIVERY_MODELS.map((value) => `reports.deliveryModel.${value}`),
      ...reportLabels.PHASES.map((value) => `reports.phase.${value}`),
      ...reportLabels.BUDGET_BANDS.map((value) => `reports.budgetBand.${value}`),
      ...reportLabels.TEAM_SIZE_BANDS.map((value) => `reports.teamSizeBand.${value}`),
      ...reportLabels.WOULD_DO_AGAIN.map((value) => `reports.wouldDoAgain.${value}`),
      ...reportLabels.VISIBILITIES.map((value) => `common.visibility.${value}`),
      ...strategyLabels.STRATEGY_STATUSES.map(strategyLabels.strategyStatusLabel),
      ...strategyLabels.GOAL_STATUSES.map(strategyLabels.goalStatusLabel),
      ...strategyLabels.DIFF_FIELDS.map((field) => `strategies.field.${field}`),
      ...stackLabels.COMPONENT_STATUSES.map(stackLabels.componentStatusLabel),
      ...stackLabels.HOSTINGS.map(stackLabels.hostingLabel),
      ...stackLabels.RINGS.map(stackLabels.ringLabel),
      ...stackLabels.MOVEMENTS.map(stackLabels.movementLabel),
      ...stackLabels.ROADMAP_ACTIONS.map((action) => `stacks.action.${action}`),
      ...stackLabels.DECOMMISSION_REASONS.map((reason) => `stacks.reason.${reason}`),
      ...standardLabels.IP_RIGHTS.map(standardLabels.ipRightLabel),
      ...standardLabels.IMPLEMENTATIONS.map(standardLabels.implementationLabel),
      ...Object.values(REGION_LABELS),
    ];
    expect(expected.filter((key) => !(key in en))).toEqual([]);
  });
});
