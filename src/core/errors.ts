import { GraphQLError, parse, visit, type ASTNode, type GraphQLFormattedError } from 'graphql';
import { countTokens } from './operation-shape';
import { unwrapResolverError } from '@apollo/server/errors';
import { databaseFault } from './db-faults';

/** The public error contract (DESIGN §5): every error a client sees carries one of these codes. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  CONFLICT = 'CONFLICT',
  RATE_LIMITED = 'RATE_LIMITED',
  QUERY_TOO_COMPLEX = 'QUERY_TOO_COMPLEX',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** The database is down or too busy: HTTP 503 with `retryAfter` (seconds) and `Retry-After`. */
  SERVICE_UNAVAILABLE = 'SERVICE_UNAVAILABLE',
}

const PUBLIC_CODES = new Set<string>(Object.values(ErrorCode));

/** What a client is told when the database cannot serve it; the retry hint comes with it. */
export const SERVICE_UNAVAILABLE_MESSAGES = {
  UNAVAILABLE: 'The database is not available right now; retry later.',
  BUSY: 'The database is too busy to take this request right now; retry later.',
} as const;

/** Base for errors whose message is safe to show to a client. */
export class PublicError extends GraphQLError {
  constructor(message: string, code: ErrorCode, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

export class BadInputError extends PublicError {
  /** `path` is the offending input path, e.g. `input.hours` or `records.3.cadreId`. */
  constructor(message: string, path: string | readonly (string | number)[], extra: Record<string, unknown> = {}) {
    const p = typeof path === 'string' ? path : path.join('.');
    super(message, ErrorCode.BAD_USER_INPUT, { field: p, ...extra });
  }
  static invalid(path: string, why: string): BadInputError {
    return new BadInputError(`Invalid value at ${path}: ${why}`, path);
  }
  static unknownReference(path: string, type: string): BadInputError {
    return new BadInputError(`No ${type} exists with the id given at ${path}.`, path);
  }
  static pageSize(max: number): BadInputError {
    return new BadInputError(`first must be between 0 and ${max}.`, 'first');
  }
}

export class NotFoundError extends PublicError {
  static forEntity(type: string, id: unknown): NotFoundError {
    return new NotFoundError(`${type} ${String(id)} was not found.`, ErrorCode.NOT_FOUND);
  }
}

export class ConflictError extends PublicError {
  static staleVersion(type: string, id: unknown): ConflictError {
    return new ConflictError(
      `${type} ${String(id)} was changed by someone else; reload it and apply your change to the current version.`,
      ErrorCode.CONFLICT,
    );
  }
  static illegalTransition(type: string, from: string, action: string): ConflictError {
    return new ConflictError(`${type} in status ${from} cannot be ${action}.`, ErrorCode.CONFLICT, { from, action });
  }
  static duplicate(what: string): ConflictError {
    return new ConflictError(`${what} already exists.`, ErrorCode.CONFLICT);
  }
}

export class ForbiddenError extends PublicError {
  /** `rows`: how many rows of one selection were denied (one error stands for all of them). */
  static field(path: string, rows = 1): ForbiddenError {
    const all = rows > 1 ? ` (denied on all ${rows} rows of this selection; this error stands for each of them)` : '';
    return new ForbiddenError(`Your role may not read ${path}${all}.`, ErrorCode.FORBIDDEN, rows > 1 ? { rows } : {});
  }
  static action(what: string): ForbiddenError {
    return new ForbiddenError(`Your role may not ${what}.`, ErrorCode.FORBIDDEN);
  }
}

/** An operation over one of its role's limits: refused before execution (HTTP 400), naming the limit. */
export class QueryTooComplexError extends PublicError {
  constructor(limit: string, value: number, allowed: number, what: string) {
    super(`The operation's ${what} is ${value}, over the ${allowed} your role allows (limit ${limit}).`, ErrorCode.QUERY_TOO_COMPLEX, {
      limit,
      value,
      allowed,
      http: { status: 400 },
    });
  }
}

export class UnauthenticatedError extends PublicError {
  constructor(message = 'A valid bearer token is required.') {
    super(message, ErrorCode.UNAUTHENTICATED);
  }
}

/** Apollo's own client-error codes, mapped onto the public enum. */
const APOLLO_CLIENT_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_USER_INPUT: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  UNAUTHENTICATED: ErrorCode.UNAUTHENTICATED,
};

/**
 * For a literal value rejected during validation, the input path of that value in the document
 * (`input.birthDate`, `input.teacherIds.2`), found by walking the parsed query to the error's node.
 */
function literalInputPath(error: unknown): string | undefined {
  const e = error as GraphQLError;
  const node = e?.nodes?.[0];
  const body = e?.source?.body;
  if (!node?.loc || !body) return undefined;
  const target = node.loc.start;
  let found: string | undefined;
  try {
    visit(parse(body, { noLocation: false }), {
      enter(n: ASTNode, _key, parent, _path, ancestors) {
        if (found || n.loc?.start !== target || !('kind' in n) || n.kind === 'Argument' || n.kind === 'ObjectField') return;
        const parts: (string | number)[] = [];
        const chain = [...(ancestors as (ASTNode | readonly ASTNode[])[]), parent as ASTNode | readonly ASTNode[], n].filter(Boolean);
        for (let i = 0; i < chain.length; i++) {
          const a = chain[i];
          if (Array.isArray(a)) continue;
          const node = a as ASTNode;
          if (node.kind === 'Argument' || node.kind === 'ObjectField') parts.push(node.name.value);
          if (node.kind === 'ListValue') {
            const child = chain.slice(i + 1).find((c) => !Array.isArray(c)) as ASTNode | undefined;
            const idx = child ? node.values.indexOf(child as never) : -1;
            if (idx >= 0) parts.push(idx);
          }
        }
        if (parts.length) found = parts.join('.');
      },
    });
  } catch {
    return undefined;
  }
  return found;
}

const TOO_MANY_TOKENS = /Document contains more that (\d+) tokens\. Parsing aborted\./;

/** Errors raised by GraphQL itself before execution (syntax, validation, variable coercion): safe to show. */
function isGraphQLClientError(formatted: GraphQLFormattedError): boolean {
  const code = formatted.extensions?.code;
  return typeof code === 'string' && code in APOLLO_CLIENT_CODES;
}

/**
 * The single place errors are mapped for clients. Public errors keep their message and code; GraphQL's
 * own client errors map onto the enum; everything else is masked — no stack, SQL or driver message.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { locations: formatted.locations, path: formatted.path };
  if (original instanceof PublicError) {
    const { stacktrace: _s, http: _h, ...ext } = (original.extensions ?? {}) as Record<string, unknown>;
    return { ...base, message: original.message, extensions: ext };
  }
  const tokens = TOO_MANY_TOKENS.exec(formatted.message);
  if (tokens) {
    // The parser's own cap (the largest of the roles' token limits): count the rest for the client.
    const body = (error as GraphQLError)?.source?.body;
    const value = body ? countTokens(body) : Number(tokens[1]) + 1;
    const allowed = Number(tokens[1]);
    // No location: where the parser gave up says nothing about the document.
    return {
      path: formatted.path,
      message: `The operation's token count is ${value}, over the ${allowed} accepted (limit tokens).`,
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'tokens', value, allowed },
    };
  }
  if (isGraphQLClientError(formatted)) {
    const code = APOLLO_CLIENT_CODES[formatted.extensions!.code as string];
    const ext: Record<string, unknown> = { code };
    const field = formatted.extensions?.field ?? literalInputPath(error);
    if (field) ext.field = field;
    return { ...base, message: formatted.message, extensions: ext };
  }
  const fault = databaseFault(original);
  if (fault === 'UNAVAILABLE' || fault === 'BUSY') {
    return { ...base, message: SERVICE_UNAVAILABLE_MESSAGES[fault], extensions: { code: ErrorCode.SERVICE_UNAVAILABLE } };
  }
  if (fault === 'STATEMENT_TIMEOUT') {
    return {
      ...base,
      message: 'The database cancelled this query: it ran past the statement timeout. Ask for fewer rows or less nesting, or retry later.',
      extensions: { code: ErrorCode.QUERY_TOO_COMPLEX, limit: 'statementTimeout' },
    };
  }
  const code = formatted.extensions?.code;
  if (original instanceof GraphQLError && typeof code === 'string' && PUBLIC_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    return { ...base, message: formatted.message, extensions: { code } };
  }
  return { ...base, message: 'Internal server error.', extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR } };
}
