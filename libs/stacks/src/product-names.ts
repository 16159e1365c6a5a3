/**
 * The key a product name is compared by: Unicode-normalised, lower case, without spaces or punctuation (letters,
 * digits, + and # stay: C++ is not C). 'PostgreSQL', ' postgresql' and 'Postgre-SQL' share one key; 'Postgres'
 * needs the alias table.
 */
export function productKey(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}+#]/gu, '');
}

/** A product name as written, trimmed and with its inner whitespace collapsed. */
export function tidyProductName(name: string): string {
  return name.normalize('NFKC').trim().replace(/\s+/g, ' ');
}

/**
 * Common products and other spellings of them: seeded at start (moderators' additions are kept). Each canonical
 * name is also an alias of itself, so a known product shows under its canonical spelling whatever the office wrote.
 */
export const SEEDED_PRODUCTS: Record<string, string[]> = {
  PostgreSQL: ['Postgres', 'PgSQL', 'Postgre SQL', 'PostgresSQL'],
  'Oracle Database': ['Oracle', 'Oracle DB', 'OracleDB', 'Oracle RDBMS'],
  'Microsoft SQL Server': ['SQL Server', 'MS SQL', 'MSSQL', 'MS SQL Server', 'SQLServer'],
  MySQL: [],
  MariaDB: [],
  MongoDB: ['Mongo'],
  Redis: [],
  Elasticsearch: ['Elastic Search', 'Elastic', 'ELK'],
  OpenSearch: ['Amazon OpenSearch'],
  'Apache Solr': ['Solr'],
  'Apache Kafka': ['Kafka'],
  RabbitMQ: ['Rabbit MQ'],
  Kubernetes: ['K8s', 'Kube'],
  'Red Hat OpenShift': ['OpenShift', 'OCP'],
  Docker: [],
  'Apache Tomcat': ['Tomcat'],
  WildFly: ['JBoss', 'JBoss EAP', 'Red Hat JBoss'],
  'Oracle WebLogic': ['WebLogic'],
  'IBM Db2': ['DB2'],
  'Red Hat Enterprise Linux': ['RHEL', 'Red Hat Linux'],
  'Windows Server': ['Microsoft Windows Server'],
  'VMware vSphere': ['VMware', 'vSphere', 'ESXi'],
  'Microsoft Azure': ['Azure'],
  'Amazon Web Services': ['AWS', 'Amazon AWS'],
  'Google Cloud': ['GCP', 'Google Cloud Platform'],
  'Microsoft 365': ['Office 365', 'O365', 'M365'],
  'Microsoft SharePoint': ['SharePoint'],
  'Microsoft Entra ID': ['Azure AD', 'Azure Active Directory', 'Entra ID', 'AAD'],
  'Active Directory': ['Microsoft Active Directory', 'AD DS'],
  Keycloak: ['Red Hat SSO', 'RH-SSO'],
  'OpenText Documentum': ['Documentum'],
  Alfresco: [],
  SAP: ['SAP ERP', 'SAP S/4HANA', 'S/4HANA'],
  Java: ['OpenJDK', 'JDK'],
  '.NET': ['dotnet', '.NET Core', 'Dot Net'],
  'Node.js': ['Node', 'NodeJS'],
  Python: [],
  Angular: ['AngularJS'],
  React: ['ReactJS', 'React.js'],
  Jenkins: [],
  GitLab: [],
  GitHub: [],
  Jira: ['Atlassian Jira'],
  Confluence: ['Atlassian Confluence'],
};

export interface AliasRow {
  aliasKey: string;
  product: string;
  productKey: string;
}

/** The seeded alias rows: one per spelling (the canonical one included). */
export function seededAliases(): AliasRow[] {
  const rows = new Map<string, AliasRow>();
  for (const [product, spellings] of Object.entries(SEEDED_PRODUCTS))
    for (const spelling of [product, ...spellings])
      rows.set(productKey(spelling), { aliasKey: productKey(spelling), product, productKey: productKey(product) });
  return [...rows.values()];
}
