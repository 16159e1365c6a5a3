// The text of the generated forum: titles, bodies (Markdown, rendered once by the forum's own renderer), names and
// tags, in the six languages of the forum. Bodies vary in length (one to six blocks) like real replies do.
import { random } from './random.mjs';

export const LANGUAGES = [
  ['EN', 50],
  ['FR', 12],
  ['ES', 12],
  ['ZH', 9],
  ['AR', 9],
  ['RU', 8],
];

const PARAGRAPHS = {
  EN: [
    'We moved our **e-filing** front end to containers last year; the hardest part was the *legacy* document store.',
    'Has any office measured the search latency of its trademark image search after moving to vector indexes?',
    'Our roadmap keeps the mainframe for fee accounting until 2028, then decommissions it in two steps.',
    'The lesson we learned: agree on the data model with the examiners before the first sprint, not after.',
    'See the [CWS/12 report](https://www.wipo.int/cws/en/) for the recommendation text and the survey results.',
  ],
  FR: [
    'Nous avons migré le dépôt électronique vers le **cloud** ; la reprise des archives a pris six mois.',
    'Quel office a déjà mis en production une recherche d’images par similarité pour les marques ?',
    'Notre stratégie TIC prévoit une revue annuelle avec la direction des brevets et celle des marques.',
  ],
  ES: [
    'Migramos la tramitación electrónica a microservicios; la *autenticación* fue el mayor reto.',
    '¿Alguna oficina comparte su catálogo de servicios de TI con las demás oficinas de la región?',
    'El plan de desmantelamiento del sistema antiguo se publicó en la hoja de ruta de 2025.',
  ],
  ZH: [
    '我们去年将电子申请系统迁移到了**云平台**，最大的挑战是历史档案的迁移。',
    '有哪些局已经在商标图形检索中使用了人工智能？效果如何？',
    '我局的信息化战略每年评估一次，并与专利审查部门共同制定路线图。',
  ],
  AR: [
    'نقلنا نظام الإيداع الإلكتروني إلى **السحابة** العام الماضي، وكان ترحيل الأرشيف أصعب جزء.',
    'هل لدى أي مكتب تجربة في استخدام الذكاء الاصطناعي للبحث في صور العلامات التجارية؟',
    'تتم مراجعة استراتيجيتنا لتكنولوجيا المعلومات سنوياً مع إدارتي البراءات والعلامات.',
  ],
  RU: [
    'В прошлом году мы перевели электронную подачу заявок в **облако**; сложнее всего был перенос архива.',
    'Какие ведомства уже используют искусственный интеллект для поиска изобразительных товарных знаков?',
    'Наша ИКТ-стратегия пересматривается ежегодно вместе с патентным отделом.',
  ],
};

// Blocks that read the same in every language: lists, code, quotes (the renderer's heavier paths).
const SHARED_BLOCKS = [
  '- PostgreSQL 15\n- Kubernetes\n- Keycloak for single sign-on\n- Elasticsearch 8',
  '1. Inventory\n2. Pilot with one team\n3. Roll-out\n4. Decommission the old system',
  "```sql\nSELECT application_number, filing_date FROM application WHERE status = 'PENDING';\n```",
  '> Agree on the data model before the first sprint.',
  'Links: https://www.wipo.int/standards/en/ and `ST.96` schemas.',
];

const TITLES = {
  EN: [
    'Moving e-filing to the cloud',
    'AI for trademark image search',
    'Decommissioning the mainframe',
    'Our tech stack',
  ],
  FR: ['Migration du dépôt électronique', 'Recherche d’images de marques', 'Notre feuille de route TIC'],
  ES: ['Migración a microservicios', 'Búsqueda de imágenes de marcas', 'Nuestra hoja de ruta'],
  ZH: ['电子申请系统上云', '商标图形检索', '信息化路线图'],
  AR: ['نقل الإيداع الإلكتروني إلى السحابة', 'البحث في صور العلامات', 'خارطة الطريق'],
  RU: ['Перевод электронной подачи в облако', 'Поиск изобразительных знаков', 'Дорожная карта ИКТ'],
};

export const TAGS = [
  'cloud',
  'ai',
  'ai-search',
  'e-filing',
  'kubernetes',
  'postgresql',
  'oracle',
  'mainframe',
  'sso',
  'keycloak',
  'st-96',
  'st-26',
  'xml',
  'open-source',
  'security',
  'backup',
  'data-migration',
  'microservices',
  'api',
  'ocr',
  'machine-translation',
  'classification',
  'trademarks',
  'patents',
  'designs',
  'procurement',
  'outsourcing',
  'agile',
  'devops',
  'monitoring',
  'archives',
  'digitization',
  'blockchain',
  'chatbot',
  'fees',
  'identity',
];

const FIRST = ['Anna', 'Li', 'Omar', 'Elena', 'Jean', 'María', 'Ivan', 'Fatima', 'Kenji', 'Sofia', 'Ahmed', 'Wei'];
const LAST = ['Schmidt', 'Wang', 'Haddad', 'Petrova', 'Martin', 'García', 'Ivanov', 'Nasser', 'Sato', 'Rossi'];

export const displayName = (i) => `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]} ${i}`;
export const titleOf = (language, i) => `${TITLES[language][i % TITLES[language].length]} (${i})`;

/**
 * For each language, `variants` bodies of one to six blocks with their HTML, rendered by the forum's renderer, and
 * escaped once for COPY. Returns { [language]: [{ body, html }] } (both COPY-escaped).
 */
export function bodyVariants(renderMarkdown, escape, variants = 64) {
  const rnd = random(7);
  const result = {};
  for (const [language] of LANGUAGES) {
    result[language] = [];
    for (let v = 0; v < variants; v++) {
      const blocks = [];
      const count = 1 + (Math.floor(rnd.exponential(1.2)) % 6);
      for (let b = 0; b < count; b++)
        blocks.push(b > 0 && rnd.next() < 0.35 ? rnd.pick(SHARED_BLOCKS) : rnd.pick(PARAGRAPHS[language]));
      const body = blocks.join('\n\n');
      result[language].push({ raw: body, body: escape(body), html: escape(renderMarkdown(body)) });
    }
  }
  return result;
}
