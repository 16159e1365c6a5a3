// ICT strategies, experience reports and technology stacks for the generated forum, at the volume 200 offices would
// have (about 1.5 strategies, 4 reports and, for three offices in four, a stack of 1 to 3 versions with 20 to 35
// components each). Each one takes a generated thread of its kind as its discussion thread, moved into the space the
// service would have opened it in, with the office, author, language and visibility of that thread, as the services
// keep them. Plain SQL after the bulk load (a few thousand rows): deterministic, like the rest of the data set.

// Products (canonical names of the alias table the API seeds at start) and the layer an office lists them under.
const PRODUCTS = [
  ['PostgreSQL', 'database'],
  ['Oracle Database', 'database'],
  ['Microsoft SQL Server', 'database'],
  ['MySQL', 'database'],
  ['MongoDB', 'database'],
  ['Redis', 'database'],
  ['Elasticsearch', 'search'],
  ['OpenSearch', 'search'],
  ['Apache Solr', 'search'],
  ['Apache Kafka', 'integration'],
  ['RabbitMQ', 'integration'],
  ['Kubernetes', 'platform'],
  ['Red Hat OpenShift', 'platform'],
  ['Docker', 'platform'],
  ['Apache Tomcat', 'application server'],
  ['WildFly', 'application server'],
  ['Oracle WebLogic', 'application server'],
  ['Red Hat Enterprise Linux', 'operating system'],
  ['Windows Server', 'operating system'],
  ['VMware vSphere', 'infrastructure'],
  ['Microsoft Azure', 'cloud'],
  ['Amazon Web Services', 'cloud'],
  ['Google Cloud', 'cloud'],
  ['Microsoft 365', 'workplace'],
  ['Microsoft SharePoint', 'document management'],
  ['OpenText Documentum', 'document management'],
  ['Alfresco', 'document management'],
  ['Microsoft Entra ID', 'identity'],
  ['Active Directory', 'identity'],
  ['Keycloak', 'identity'],
  ['SAP', 'finance'],
  ['Java', 'development'],
  ['.NET', 'development'],
  ['Node.js', 'development'],
  ['Python', 'development'],
  ['Angular', 'development'],
];

// A non-negative hash (abs() of the smallest integer would overflow).
const h = (expression) => `(hashtext(${expression}) & 2147483647)`;

/** Loads them into the database of `client` (after the forum, before the search read model is built). */
export async function loadCatalog(client, { offices }) {
  const { rows: present } = await client.query(
    `SELECT to_regclass('ict_strategy') IS NOT NULL AND to_regclass('experience_report') IS NOT NULL
       AND to_regclass('tech_stack') IS NOT NULL AS ready`,
  );
  if (!present[0].ready) return { strategies: 0, reports: 0, stacks: 0, components: 0 };
  const strategies = await client.query(
    `WITH picked AS (
       SELECT t.id FROM thread t WHERE t.kind = 'ICT_STRATEGY' ORDER BY md5(t.id::text) LIMIT $1),
     moved AS (
       UPDATE thread t SET space_id = (SELECT id FROM space WHERE slug = 'recommendation-2')
       FROM picked WHERE t.id = picked.id RETURNING t.*),
     opening AS (SELECT m.*, p.body AS text FROM moved m JOIN post p ON p.thread_id = m.id AND p.depth = 0),
     inserted AS (
       INSERT INTO ict_strategy (office_id, author_id, thread_id, title, period_start, period_end, language, summary,
         body, goals, version, visibility, shared_with_office_ids, created_at, updated_at)
       SELECT o.office_id, o.author_id, o.id, o.title, 2016 + ${h('o.id::text')} % 10,
         2016 + ${h('o.id::text')} % 10 + 3 + ${h("o.id::text || 'p'")} % 3, o.language, left(o.text, 300), o.text,
         ARRAY['Digital services for applicants', 'Cloud first', 'Data quality', 'Skills'], 1, o.visibility,
         o.shared_with_office_ids, o.created_at, o.last_activity_at
       FROM opening o RETURNING *)
     INSERT INTO ict_strategy_version (strategy_id, version, author_id, title, period_start, period_end, language,
       summary, body, goals, created_at)
     SELECT id, 1, author_id, title, period_start, period_end, language, summary, body, goals, created_at FROM inserted`,
    [Math.round(1.5 * offices)],
  );
  const reports = await client.query(
    `WITH picked AS (
       SELECT t.id, 1 + ${h('t.id::text')} % 10 AS recommendation FROM thread t
       WHERE t.kind = 'EXPERIENCE_REPORT' ORDER BY md5(t.id::text) LIMIT $1),
     moved AS (
       UPDATE thread t SET space_id = (SELECT id FROM space WHERE slug = 'recommendation-' || picked.recommendation)
       FROM picked WHERE t.id = picked.id RETURNING t.*, picked.recommendation)
     INSERT INTO experience_report (office_id, author_id, thread_id, title, project_name, delivery_model, phases,
       recommendations, technologies, technology_keys, outcome, lessons_learned, planned_months, actual_months,
       budget_band, team_size_band, would_do_again, language, visibility, shared_with_office_ids, created_at,
       updated_at)
     SELECT m.office_id, m.author_id, m.id, m.title, 'Project ' || left(md5(m.id::text), 6),
       (ARRAY['IN_HOUSE', 'EXTERNAL', 'HYBRID'])[1 + ${h('m.id::text')} % 3]::delivery_model,
       ARRAY['PLANNING', 'DELIVERY']::project_phase[], ARRAY[m.recommendation], tech.names, tech.keys,
       'Delivered, with a delay.', 'Agree on the data model first.', 12, 12 + ${h('m.id::text')} % 9,
       'FROM_100K_TO_1M', 'FROM_6_TO_20', 'YES', m.language, m.visibility, m.shared_with_office_ids, m.created_at,
       m.last_activity_at
     FROM moved m CROSS JOIN LATERAL (
       SELECT COALESCE(array_agg(pa.product ORDER BY pa.product), '{}') AS names,
              COALESCE(array_agg(pa.product_key ORDER BY pa.product), '{}') AS keys
       FROM product_alias pa
       WHERE pa.alias_key = pa.product_key AND ${h('m.id::text || pa.product_key')} % 12 = 0) tech`,
    [4 * offices],
  );
  const products = PRODUCTS.map(([product, layer], i) => `(${i}, '${product}', '${layer}')`).join(', ');
  const stacks = await client.query(
    `WITH picked AS (
       SELECT DISTINCT ON (t.office_id) t.id FROM thread t WHERE t.kind = 'TECH_STACK'
       ORDER BY t.office_id, md5(t.id::text)),
     chosen AS (SELECT id FROM picked ORDER BY md5(id::text) LIMIT $1),
     moved AS (
       UPDATE thread t SET space_id = (SELECT id FROM space WHERE slug = 'recommendation-8'),
         title = 'Technology stack of ' || (SELECT code FROM office WHERE id = t.office_id)
       FROM chosen WHERE t.id = chosen.id RETURNING t.*)
     INSERT INTO tech_stack (office_id, version, thread_id, author_id, visibility, shared_with_office_ids,
       named_in_who_runs, published_at)
     SELECT m.office_id, v, m.id, m.author_id, m.visibility, m.shared_with_office_ids, ${h('m.id::text')} % 10 <> 0,
       least(now(), m.created_at + (v - 1) * interval '120 days')
     FROM moved m CROSS JOIN LATERAL generate_series(1, 1 + ${h("m.id::text || 'v'")} % 3) v`,
    [Math.round(0.75 * offices)],
  );
  // An office keeps most of its products from one version to the next (the draw changes every second version).
  const components = await client.query(
    `INSERT INTO stack_component (stack_id, position, layer, product, product_key, version, hosting, status)
     SELECT s.id, row_number() OVER (PARTITION BY s.id ORDER BY p.i), p.layer, p.product, pa.product_key,
       (1 + ${h('s.office_id::text || p.product')} % 15)::text || '.' || (s.version - 1),
       (ARRAY['ON_PREMISES', 'ON_PREMISES', 'CLOUD', 'HYBRID', 'SAAS'])[1 + ${h('s.id::text || p.product')} % 5]::stack_hosting,
       (ARRAY['PRODUCTION', 'PRODUCTION', 'PRODUCTION', 'PRODUCTION', 'PILOT', 'PLANNED', 'PHASE_OUT'])
         [1 + ${h("s.id::text || p.product || 's'")} % 7]::component_status
     FROM tech_stack s
     JOIN (VALUES ${products}) AS p(i, product, layer) ON ${h('s.office_id::text || p.product || (s.version / 2)::text')} % 100 < 75
     JOIN product_alias pa ON pa.alias_key = pa.product_key AND pa.product = p.product`,
  );
  return {
    strategies: strategies.rowCount,
    reports: reports.rowCount,
    stacks: stacks.rowCount,
    components: components.rowCount,
  };
}
