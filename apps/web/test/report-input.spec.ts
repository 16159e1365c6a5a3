import { emptyDraft, listOf, toReportInput } from '../src/features/reports/report-input';

describe("the experience report form's input", () => {
  it('puts the main recommendation first (it decides the space), once, and sends lists as lists', () => {
    const input = toReportInput(
      {
        ...emptyDraft(9, 'EN'),
        title: 'Cloud search',
        otherRecommendations: [6, 9, 2],
        technologies: 'Postgres, Elasticsearch,\nKubernetes',
        tags: 'Cloud, AI-Search',
        plannedMonths: '12',
        actualMonths: '',
        budgetBand: '',
        sharedWith: ['FR'],
      },
      'draft-1',
    );
    expect(input.recommendations).toEqual([9, 6, 2]);
    expect(input.technologies).toEqual(['Postgres', 'Elasticsearch', 'Kubernetes']);
    expect(input.tags).toEqual(['cloud', 'ai-search']);
    expect(input.plannedMonths).toBe(12);
    expect(input.actualMonths).toBeNull();
    expect(input.budgetBand).toBeNull();
    // Shared offices only count with OFFICES.
    expect(input.sharedWith).toBeNull();
    expect(input.clientMutationId).toBe('draft-1');
  });

  it('reads Chinese list separators too', () => {
    expect(listOf('云，检索、人工智能')).toEqual(['云', '检索', '人工智能']);
  });
});
