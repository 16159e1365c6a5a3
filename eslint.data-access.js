// "One way to reach data" (docs/architecture.md, Repositories and transactions): in a domain lib, only its
// repositories (*.repository.ts) send SQL. A service, loader, guard or seeder that calls a TypeORM EntityManager,
// DataSource, Repository or QueryRunner (or a pg client) directly is refused, whatever the variable is called: the
// rule asks the type checker what the object is. Opening a transaction (`dataSource.transaction(...)`) is allowed,
// since public entry points open theirs; so is reading `.manager` to hand it to a repository.
// Each repository's SQL is then snapshotted and checked for table ownership by expectSqlSnapshots (@forum/testing).

const DATA_ACCESS_TYPES = new Set([
  'EntityManager',
  'DataSource',
  'Repository',
  'TreeRepository',
  'MongoRepository',
  'QueryRunner',
  'Client',
  'Pool',
  'PoolClient',
]);
const FROM_PACKAGES = /[\\/]node_modules[\\/](typeorm|pg|@types[\\/]pg)[\\/]/;
const ALLOWED_METHODS = new Set(['transaction']);

/** The declared name of a type (or of each member of a union), when it comes from typeorm or pg. */
function dataAccessTypeOf(type) {
  for (const part of type.isUnion?.() ? type.types : [type]) {
    const symbol = part.aliasSymbol ?? part.getSymbol?.();
    if (!symbol || !DATA_ACCESS_TYPES.has(symbol.getName())) continue;
    if ((symbol.getDeclarations() ?? []).some((d) => FROM_PACKAGES.test(d.getSourceFile().fileName)))
      return symbol.getName();
  }
  return null;
}

export const sqlOnlyInRepositories = {
  meta: {
    type: 'problem',
    docs: { description: 'SQL only in *.repository.ts files of a domain lib' },
    messages: {
      call: "{{type}}.{{method}}() outside a repository: move the statement into the aggregate's *.repository.ts (with @SqlSnapshot) and call that.",
      inject: "@{{name}} outside a repository: inject the aggregate's repository class instead.",
    },
    schema: [],
  },
  create(context) {
    const services = context.sourceCode.parserServices;
    if (!services?.program) throw new Error('forum/sql-only-in-repositories needs type information (projectService)');
    const checker = services.program.getTypeChecker();
    return {
      CallExpression(node) {
        const callee = node.callee;
        if (callee.type !== 'MemberExpression' || callee.computed || callee.property.type !== 'Identifier') return;
        if (ALLOWED_METHODS.has(callee.property.name)) return;
        const type = dataAccessTypeOf(checker.getTypeAtLocation(services.esTreeNodeToTSNodeMap.get(callee.object)));
        if (type) context.report({ node, messageId: 'call', data: { type, method: callee.property.name } });
      },
      Decorator(node) {
        const expression = node.expression.type === 'CallExpression' ? node.expression.callee : node.expression;
        if (expression.type === 'Identifier' && ['InjectRepository', 'InjectEntityManager'].includes(expression.name))
          context.report({ node, messageId: 'inject', data: { name: expression.name } });
      },
    };
  },
};

export const forumDataAccessPlugin = { rules: { 'sql-only-in-repositories': sqlOnlyInRepositories } };

/** The domain libs that comply; a lib joins the list once its SQL is all in repositories. */
export const LIBS_WITH_REPOSITORIES = [
  'libs/identity/src/**/*.ts',
  'libs/catalog/src/**/*.ts',
  'libs/discussions/src/**/*.ts',
  'libs/reports/src/**/*.ts',
  'libs/stacks/src/**/*.ts',
  'libs/search/src/**/*.ts',
  'libs/notifications/src/**/*.ts',
  'libs/documents/src/**/*.ts',
];

/** Where SQL may stay: repositories, tests and test fixtures. */
export const SQL_ALLOWED_IN = [
  '**/*.repository.ts',
  '**/*.spec.ts',
  '**/*.int-spec.ts',
  '**/*.e2e-spec.ts',
  '**/testing/**',
];
