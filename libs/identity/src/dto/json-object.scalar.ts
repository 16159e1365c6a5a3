import { GraphQLScalarType, Kind } from 'graphql';

/** Output-only JSON object (audit details); the API never accepts it as input. */
export const GraphQLJSONObject = new GraphQLScalarType({
  name: 'AuditDetails',
  description: 'A JSON object of details of an audit log entry.',
  serialize: (value) => value,
  parseValue: () => {
    throw new TypeError('AuditDetails is output only');
  },
  parseLiteral: (ast) => {
    throw new TypeError(`AuditDetails is output only (got ${ast.kind === Kind.OBJECT ? 'an object' : ast.kind})`);
  },
});
