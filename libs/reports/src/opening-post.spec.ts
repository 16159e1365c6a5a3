import { Language } from '@forum/graphql';
import { openingPost } from './opening-post.js';
import { DeliveryModel } from './report.enums.js';
import type { ReportContent } from './report.types.js';

const content = {
  projectName: 'Cloud search',
  deliveryModel: DeliveryModel.HYBRID,
  recommendations: [9, 1],
  technologies: ['PostgreSQL', 'Elasticsearch'],
  outcome: 'In production.',
  lessonsLearned: 'Run both side by side.',
} as ReportContent;

describe("a report's opening post", () => {
  it('is written in English for an English report, as before', () => {
    expect(openingPost(content, Language.EN)).toBe(
      [
        '**Project:** Cloud search (hybrid)',
        '**Recommendations:** 9, 1',
        '**Technologies:** PostgreSQL, Elasticsearch',
        '',
        '## Outcome',
        '',
        'In production.',
        '',
        '## Lessons learned',
        '',
        'Run both side by side.',
      ].join('\n'),
    );
  });

  it("has its headings, labels and punctuation in the report's language", () => {
    expect(openingPost(content, Language.ZH)).toBe(
      [
        '**项目：** Cloud search（混合）',
        '**建议：** 9、1',
        '**技术：** PostgreSQL、Elasticsearch',
        '',
        '## 成果',
        '',
        'In production.',
        '',
        '## 经验教训',
        '',
        'Run both side by side.',
      ].join('\n'),
    );
    for (const language of [Language.FR, Language.ES, Language.RU, Language.AR]) {
      const text = openingPost({ ...content, technologies: [] }, language);
      expect({ language, english: /\b(Project|Outcome|Lessons|hybrid|Technologies)\b/.test(text) }).toEqual({
        language,
        english: false,
      });
    }
  });
});
