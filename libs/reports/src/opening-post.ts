import { Language } from '@forum/graphql';
import type { DeliveryModel } from './report.enums.js';
import type { ReportContent } from './report.types.js';

interface OpeningWords {
  project: string;
  recommendations: string;
  technologies: string;
  outcome: string;
  lessonsLearned: string;
  delivery: Record<DeliveryModel, string>;
  /** How a list is joined in the language's script. */
  comma: string;
  brackets: [string, string];
}

/**
 * The words of a report's opening post, in the language the report is written in: the post is part of the thread
 * its readers discuss, and a Chinese report under English headings reads as a machine's. (The report's own page
 * names its fields in the reader's interface language; this text is written once, with the report.)
 */
const WORDS: Record<Language, OpeningWords> = {
  [Language.EN]: {
    project: 'Project:',
    recommendations: 'Recommendations:',
    technologies: 'Technologies:',
    outcome: 'Outcome',
    lessonsLearned: 'Lessons learned',
    delivery: { IN_HOUSE: 'in-house', EXTERNAL: 'external', HYBRID: 'hybrid' },
    comma: ', ',
    brackets: [' (', ')'],
  },
  [Language.FR]: {
    project: 'Projet\u00a0:',
    recommendations: 'Recommandations\u00a0:',
    technologies: 'Technologies\u00a0:',
    outcome: 'Résultat',
    lessonsLearned: 'Enseignements tirés',
    delivery: { IN_HOUSE: 'en interne', EXTERNAL: 'externalisé', HYBRID: 'hybride' },
    comma: ', ',
    brackets: [' (', ')'],
  },
  [Language.ES]: {
    project: 'Proyecto:',
    recommendations: 'Recomendaciones:',
    technologies: 'Tecnologías:',
    outcome: 'Resultado',
    lessonsLearned: 'Lecciones aprendidas',
    delivery: { IN_HOUSE: 'interno', EXTERNAL: 'externo', HYBRID: 'híbrido' },
    comma: ', ',
    brackets: [' (', ')'],
  },
  [Language.RU]: {
    project: 'Проект:',
    recommendations: 'Рекомендации:',
    technologies: 'Технологии:',
    outcome: 'Результат',
    lessonsLearned: 'Извлечённые уроки',
    delivery: { IN_HOUSE: 'своими силами', EXTERNAL: 'подрядчиком', HYBRID: 'смешанно' },
    comma: ', ',
    brackets: [' (', ')'],
  },
  [Language.AR]: {
    project: 'المشروع:',
    recommendations: 'التوصيات:',
    technologies: 'التقنيات:',
    outcome: 'النتيجة',
    lessonsLearned: 'الدروس المستفادة',
    delivery: { IN_HOUSE: 'داخلي', EXTERNAL: 'خارجي', HYBRID: 'مختلط' },
    comma: '، ',
    brackets: [' (', ')'],
  },
  [Language.ZH]: {
    project: '项目：',
    recommendations: '建议：',
    technologies: '技术：',
    outcome: '成果',
    lessonsLearned: '经验教训',
    delivery: { IN_HOUSE: '自主实施', EXTERNAL: '外包', HYBRID: '混合' },
    comma: '、',
    brackets: ['（', '）'],
  },
};

/** The opening post of a report's thread: the report in short, so that the discussion reads on its own. */
export function openingPost(content: ReportContent, language: Language): string {
  const words = WORDS[language] ?? WORDS[Language.EN];
  const [open, close] = words.brackets;
  const lines = [
    `**${words.project}** ${content.projectName}${open}${words.delivery[content.deliveryModel]}${close}`,
    `**${words.recommendations}** ${content.recommendations.join(words.comma)}`,
  ];
  if (content.technologies.length) lines.push(`**${words.technologies}** ${content.technologies.join(words.comma)}`);
  return [
    ...lines,
    '',
    `## ${words.outcome}`,
    '',
    content.outcome,
    '',
    `## ${words.lessonsLearned}`,
    '',
    content.lessonsLearned,
  ].join('\n');
}
