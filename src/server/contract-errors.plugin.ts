import {
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Lexer,
  Source,
  TokenKind,
  type GraphQLFormattedError,
  type GraphQLSchema,
} from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import { contractSchema } from '../access/contracts';
import { Role, type Viewer } from '../access/viewer';

/** Every name a schema defines: types, fields, arguments, input fields, enum values, directives. */
export function schemaNames(schema: GraphQLSchema): Set<string> {
  const names = new Set<string>();
  for (const type of Object.values(schema.getTypeMap())) {
    names.add(type.name);
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const f of Object.values(type.getFields())) {
        names.add(f.name);
        for (const a of f.args) names.add(a.name);
      }
    } else if (isInputObjectType(type)) {
      for (const f of Object.values(type.getFields())) names.add(f.name);
    } else if (isEnumType(type)) {
      for (const v of type.getValues()) names.add(v.name);
    }
  }
  for (const d of schema.getDirectives()) {
    names.add(d.name);
    for (const a of d.args) names.add(a.name);
  }
  return names;
}

/** The names a client typed in its document (echoing them back tells it nothing new). */
function namesTyped(source: string | undefined): Set<string> {
  const names = new Set<string>();
  if (!source) return names;
  try {
    const lexer = new Lexer(new Source(source));
    for (let t = lexer.advance(); t.kind !== TokenKind.EOF; t = lexer.advance()) if (t.kind === TokenKind.NAME && t.value) names.add(t.value);
  } catch {
    // an unlexable document: only what was lexed so far counts as typed
  }
  return names;
}

const DID_YOU_MEAN = /\s*Did you mean [^?]*\?/g;
/** Schema names appear in graphql-js messages in double quotes (`"Cadre"`, `"Query.cadres"`, `"[ID!]!"`). */
const QUOTED = /"([^"]*)"/g;
const IDENT = /[_A-Za-z][_0-9A-Za-z]*/g;
/** Our own messages name `Type.field` unquoted. */
const TYPE_DOT_FIELD = /\b([A-Z][_0-9A-Za-z]*)\.([_A-Za-z][_0-9A-Za-z]*)\b/g;

const GENERIC = 'The operation does not fit your role\u2019s schema.';

/**
 * Keeps a role's contract closed in error messages: for every role but ADMIN, "Did you mean …"
 * suggestions are removed, and a message that still names something of the full schema that is
 * neither in the caller's contract nor typed by the caller is replaced by a plain one. (Validation
 * runs against the full schema, so that a denied field answers FORBIDDEN at its path rather than
 * "unknown field"; its messages would otherwise describe what the role may not see.)
 */
export function contractErrorsPlugin(schema: GraphQLSchema): ApolloServerPlugin<{ viewer: Viewer }> {
  const full = schemaNames(schema);
  const contracts = new Map(Object.values(Role).map((role) => [role, schemaNames(contractSchema(schema, role))]));
  const hidden = (role: Role): ((name: string) => boolean) => {
    const contract = contracts.get(role)!;
    return (name) => full.has(name) && !contract.has(name);
  };

  const clean = (error: GraphQLFormattedError, isHidden: (name: string) => boolean, typed: Set<string>): GraphQLFormattedError => {
    const message = error.message.replace(DID_YOU_MEAN, '');
    const named: string[] = [];
    for (const [, inQuotes] of message.matchAll(QUOTED)) named.push(...(inQuotes.match(IDENT) ?? []));
    for (const [, type, field] of message.matchAll(TYPE_DOT_FIELD)) named.push(type, field);
    const leaks = named.some((n) => !typed.has(n) && isHidden(n));
    const next = leaks ? GENERIC : message;
    return next === error.message ? error : { ...error, message: next };
  };

  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, request, response }) {
          const role = contextValue.viewer.role;
          if (role === Role.ADMIN || response.body.kind !== 'single') return;
          const errors = response.body.singleResult.errors;
          if (!errors?.length) return;
          const isHidden = hidden(role);
          const typed = namesTyped(request.query);
          response.body.singleResult.errors = errors.map((e) => clean(e, isHidden, typed));
        },
      };
    },
  };
}
