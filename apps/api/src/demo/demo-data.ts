// The demo forum of `npm run seed:demo`: offices of every region, their ICT strategies (several languages) with
// yearly reviews, experience reports of every delivery model, and discussions under them. Invented but plausible.

/** Offices with demo members: [code, member name, office admin name]. */
export const DEMO_OFFICES: [string, string, string][] = [
  ['DE', 'Dana Becker', 'Jonas Weber'],
  ['FR', 'Camille Martin', 'Luc Moreau'],
  ['NO', 'Ingrid Hansen', 'Ola Nilsen'],
  ['EP', 'Elena Rossi', 'Pieter de Vries'],
  ['CN', 'Wang Fang', 'Li Wei'],
  ['JP', 'Sato Yuki', 'Tanaka Hiro'],
  ['KR', 'Kim Minji', 'Park Joon'],
  ['AU', 'Olivia Smith', 'Jack Wilson'],
  ['US', 'Emily Johnson', 'Michael Brown'],
  ['CA', 'Sophie Tremblay', 'Liam Roy'],
  ['BR', 'Ana Souza', 'Pedro Lima'],
  ['MX', 'María García', 'José Hernández'],
  ['ZA', 'Thandi Nkosi', 'Pieter Botha'],
  ['EG', 'Nour Hassan', 'Omar Farouk'],
  ['RU', 'Anna Ivanova', 'Dmitri Petrov'],
];

export interface DemoStrategy {
  office: string;
  title: string;
  periodStart: number;
  periodEnd: number;
  language: 'EN' | 'FR' | 'ZH' | 'ES' | 'RU' | 'AR';
  summary: string;
  body: string;
  goals: string[];
  visibility?: 'COMMUNITY' | 'OFFICES' | 'PUBLIC';
  sharedWith?: string[];
  reviews: { year: number; summary: string; whatChanged?: string }[];
  /** A later version (published after the first). */
  update?: { summary: string; body: string };
  replies: [string, string][];
}

export const DEMO_STRATEGIES: DemoStrategy[] = [
  {
    office: 'CN',
    title: '知识产权信息化发展战略（2021—2025）',
    periodStart: 2021,
    periodEnd: 2025,
    language: 'ZH',
    summary: '以智能化审查为核心，建设统一的知识产权数据平台。',
    body: '## 目标\n\n- 建设智能审查辅助系统\n- 统一专利与商标数据平台\n- 推进电子申请全覆盖\n\n## 措施\n\n采用云计算与人工智能技术，分阶段实施。',
    goals: ['智能审查辅助', '统一数据平台', '电子申请全覆盖'],
    reviews: [
      { year: 2023, summary: '智能检索上线，审查效率提高。', whatChanged: '数据平台提前完成。' },
      { year: 2024, summary: '电子申请比例达到99%。' },
    ],
    replies: [
      ['JP', 'How did you train the examiners on the new search tools?'],
      ['CN', '我们为每个审查部门安排了为期两周的培训。'],
    ],
  },
  {
    office: 'FR',
    title: 'Stratégie numérique 2024-2028',
    periodStart: 2024,
    periodEnd: 2028,
    language: 'FR',
    summary: 'Un office entièrement numérique, ouvert et interopérable.',
    body: '## Axes\n\n1. Dépôt en ligne unique\n2. Données ouvertes\n3. Informatique en nuage souverain',
    goals: ['Dépôt en ligne unique', 'Données ouvertes', 'Nuage souverain'],
    reviews: [
      { year: 2024, summary: 'Le portail unique est en production.', whatChanged: 'Calendrier du nuage revu.' },
    ],
    update: {
      summary: 'Un office entièrement numérique, ouvert, interopérable et sobre.',
      body: '## Axes\n\n1. Dépôt en ligne unique\n2. Données ouvertes\n3. Informatique en nuage souverain\n4. Sobriété numérique',
    },
    replies: [['EP', 'Which standards do you use for the open data sets? We publish ST.96.']],
  },
  {
    office: 'EP',
    title: 'IT roadmap of the Strategic Plan 2028',
    periodStart: 2023,
    periodEnd: 2028,
    language: 'EN',
    summary: 'A user-centric, digital patent grant process on a modern platform.',
    body: '## Pillars\n\n- MyEPO services for users\n- AI-assisted classification and search\n- Cloud-ready core systems',
    goals: ['Digital user services', 'AI-assisted search', 'Cloud-ready core'],
    reviews: [
      { year: 2023, summary: 'Online filing 2.0 rolled out.' },
      { year: 2024, summary: 'Classification assistant in all directorates.' },
    ],
    replies: [
      ['DE', 'Interesting: what was the acceptance of the classification assistant among examiners?'],
      ['EP', 'High once it showed its confidence per symbol; low before that.'],
    ],
  },
  {
    office: 'MX',
    title: 'Estrategia de TIC 2022-2026',
    periodStart: 2022,
    periodEnd: 2026,
    language: 'ES',
    summary: 'Trámites en línea y expediente electrónico para todas las figuras.',
    body: '## Objetivos\n\n- Expediente electrónico\n- Pagos en línea\n- Interoperabilidad regional',
    goals: ['Expediente electrónico', 'Pagos en línea', 'Interoperabilidad regional'],
    reviews: [{ year: 2023, summary: 'El expediente electrónico cubre las marcas.' }],
    replies: [['BR', 'Temos o mesmo objetivo para 2026; podemos compartilhar a especificação?']],
  },
  {
    office: 'RU',
    title: 'Стратегия цифровой трансформации 2020-2024',
    periodStart: 2020,
    periodEnd: 2024,
    language: 'RU',
    summary: 'Электронная подача и автоматизированная экспертиза.',
    body: '## Цели\n\n- Электронная подача\n- Машинный перевод\n- Автоматизированный поиск',
    goals: ['Электронная подача', 'Машинный перевод', 'Автоматизированный поиск'],
    reviews: [{ year: 2022, summary: 'Электронная подача составляет 95%.' }],
    replies: [],
  },
  {
    office: 'NO',
    title: 'Digitalisation strategy 2025-2029',
    periodStart: 2025,
    periodEnd: 2029,
    language: 'EN',
    summary: 'Shared Nordic services, cloud first, and automation of formalities.',
    body: '## Goals\n\n- Shared services with Nordic offices\n- Cloud first\n- Automated formalities checks',
    goals: ['Nordic shared services', 'Cloud first', 'Automated formalities'],
    visibility: 'OFFICES',
    sharedWith: ['DE', 'FR', 'EP'],
    reviews: [],
    replies: [['DE', 'We would join a shared formalities check: let us talk at the next meeting.']],
  },
  {
    office: 'EG',
    title: 'استراتيجية تقنية المعلومات 2023-2027',
    periodStart: 2023,
    periodEnd: 2027,
    language: 'AR',
    summary: 'الإيداع الإلكتروني الكامل وقاعدة بيانات وطنية للبراءات.',
    body: '## الأهداف\n\n- الإيداع الإلكتروني\n- قاعدة بيانات وطنية\n- التعاون الإقليمي',
    goals: ['الإيداع الإلكتروني', 'قاعدة بيانات وطنية', 'التعاون الإقليمي'],
    reviews: [{ year: 2024, summary: 'تم إطلاق بوابة الإيداع الإلكتروني.' }],
    replies: [],
  },
];

export interface DemoReport {
  key: string;
  office: string;
  title: string;
  projectName: string;
  deliveryModel: 'IN_HOUSE' | 'EXTERNAL' | 'HYBRID';
  phases: ('PLANNING' | 'MANAGEMENT' | 'DELIVERY' | 'REVIEW')[];
  recommendations: number[];
  technologies: string[];
  outcome: string;
  lessonsLearned: string;
  plannedMonths?: number;
  actualMonths?: number;
  budgetBand?: 'UNDER_100K' | 'FROM_100K_TO_1M' | 'FROM_1M_TO_10M' | 'OVER_10M';
  teamSizeBand?: 'UP_TO_5' | 'FROM_6_TO_20' | 'FROM_21_TO_50' | 'OVER_50';
  sourcingNotes?: string;
  wouldDoAgain?: 'YES' | 'NO' | 'PARTLY';
  language?: 'EN' | 'FR' | 'ZH' | 'ES';
  visibility?: 'COMMUNITY' | 'OFFICES' | 'PUBLIC';
  sharedWith?: string[];
  replies: [string, string][];
}

export const DEMO_REPORTS: DemoReport[] = [
  {
    key: 'de-search',
    office: 'DE',
    title: 'Replacing our prior-art search engine',
    projectName: 'DEPATISnet search renewal',
    deliveryModel: 'HYBRID',
    phases: ['PLANNING', 'DELIVERY'],
    recommendations: [9, 6],
    technologies: ['Elasticsearch', 'Java', 'Kubernetes'],
    outcome: 'In production after a parallel run of three months.',
    lessonsLearned: 'Run old and new side by side with real examiner queries before the cut-over.',
    plannedMonths: 18,
    actualMonths: 26,
    budgetBand: 'FROM_1M_TO_10M',
    teamSizeBand: 'FROM_21_TO_50',
    sourcingNotes: 'Core team in house, a framework contract for search specialists.',
    wouldDoAgain: 'PARTLY',
    replies: [
      ['AU', 'How did you measure search quality during the parallel run?'],
      ['DE', 'Examiners rated the top 10 of 500 sampled queries on both systems.'],
    ],
  },
  {
    key: 'au-cloud',
    office: 'AU',
    title: 'Moving trade mark systems to the public cloud',
    projectName: 'TM cloud migration',
    deliveryModel: 'EXTERNAL',
    phases: ['DELIVERY', 'REVIEW'],
    recommendations: [9, 3],
    technologies: ['AWS', 'PostgreSQL', 'Terraform'],
    outcome: 'Migrated on time; hosting costs down a third.',
    lessonsLearned: 'Keep architecture decisions in house even when the delivery is outsourced.',
    plannedMonths: 12,
    actualMonths: 12,
    budgetBand: 'FROM_1M_TO_10M',
    teamSizeBand: 'FROM_6_TO_20',
    wouldDoAgain: 'YES',
    replies: [['NO', 'Did data residency rules constrain the choice of region?']],
  },
  {
    key: 'jp-ai',
    office: 'JP',
    title: 'AI-assisted classification pilot',
    projectName: 'FI/F-term classification assistant',
    deliveryModel: 'IN_HOUSE',
    phases: ['PLANNING', 'REVIEW'],
    recommendations: [7, 9],
    technologies: ['Python', 'PyTorch'],
    outcome: 'Pilot accepted; production planned.',
    lessonsLearned: 'Labelled data from examiners was the bottleneck, not the model.',
    plannedMonths: 9,
    actualMonths: 11,
    budgetBand: 'FROM_100K_TO_1M',
    teamSizeBand: 'UP_TO_5',
    wouldDoAgain: 'YES',
    replies: [
      ['KR', 'We saw the same: how many labelled documents did you need?'],
      ['JP', 'About 200,000 for acceptable precision on the main groups.'],
    ],
  },
  {
    key: 'us-efiling',
    office: 'US',
    title: 'E-filing platform rebuild with a vendor',
    projectName: 'Patent Center',
    deliveryModel: 'EXTERNAL',
    phases: ['MANAGEMENT', 'DELIVERY'],
    recommendations: [9, 1],
    technologies: ['Java', 'Oracle Database', 'Angular'],
    outcome: 'Delivered late; the old system ran a year longer than planned.',
    lessonsLearned: 'Fixed-price contracts need a product owner on the office side full time.',
    plannedMonths: 24,
    actualMonths: 36,
    budgetBand: 'OVER_10M',
    teamSizeBand: 'OVER_50',
    sourcingNotes: 'One prime contractor, fixed price, three change requests.',
    wouldDoAgain: 'NO',
    replies: [['CA', 'Thanks for sharing this openly: it matches our experience with fixed price.']],
  },
  {
    key: 'cn-data',
    office: 'CN',
    title: '统一数据平台建设经验',
    projectName: '知识产权大数据平台',
    deliveryModel: 'HYBRID',
    phases: ['PLANNING', 'MANAGEMENT', 'DELIVERY'],
    recommendations: [5, 9],
    technologies: ['Hadoop', 'PostgreSQL'],
    outcome: '平台按期上线，数据质量显著提高。',
    lessonsLearned: '数据治理必须先于平台建设。',
    plannedMonths: 30,
    actualMonths: 32,
    budgetBand: 'OVER_10M',
    teamSizeBand: 'OVER_50',
    wouldDoAgain: 'YES',
    language: 'ZH',
    replies: [['EP', 'Which data quality checks did you automate first?']],
  },
  {
    key: 'fr-opendata',
    office: 'FR',
    title: 'Publier nos données en open data',
    projectName: 'Portail données ouvertes',
    deliveryModel: 'IN_HOUSE',
    phases: ['DELIVERY'],
    recommendations: [10, 9],
    technologies: ['Python', 'PostgreSQL'],
    outcome: 'Données des brevets et marques publiées chaque semaine.',
    lessonsLearned: 'Commencer par un format standard (ST.96) évite des conversions coûteuses.',
    plannedMonths: 6,
    actualMonths: 5,
    budgetBand: 'UNDER_100K',
    teamSizeBand: 'UP_TO_5',
    wouldDoAgain: 'YES',
    language: 'FR',
    replies: [],
  },
  {
    key: 'br-workflow',
    office: 'BR',
    title: 'Examination workflow modernisation',
    projectName: 'e-Patentes workflow',
    deliveryModel: 'HYBRID',
    phases: ['DELIVERY', 'REVIEW'],
    recommendations: [9],
    technologies: ['Camunda', 'Java'],
    outcome: 'Backlog down by a quarter in the first year.',
    lessonsLearned: 'Model the workflow with examiners, not for them.',
    plannedMonths: 14,
    actualMonths: 20,
    teamSizeBand: 'FROM_6_TO_20',
    wouldDoAgain: 'PARTLY',
    visibility: 'OFFICES',
    sharedWith: ['MX', 'US', 'ZA'],
    replies: [['MX', '¿Qué motor de reglas usaron para los plazos?']],
  },
  {
    key: 'za-identity',
    office: 'ZA',
    title: 'Single sign-on for applicants',
    projectName: 'Applicant identity service',
    deliveryModel: 'EXTERNAL',
    phases: ['PLANNING', 'DELIVERY'],
    recommendations: [4, 9],
    technologies: ['Keycloak', 'PostgreSQL'],
    outcome: 'Applicants use one account for all services.',
    lessonsLearned: 'Plan the migration of existing accounts before the new login goes live.',
    plannedMonths: 8,
    actualMonths: 9,
    budgetBand: 'FROM_100K_TO_1M',
    teamSizeBand: 'UP_TO_5',
    wouldDoAgain: 'YES',
    replies: [],
  },
];
