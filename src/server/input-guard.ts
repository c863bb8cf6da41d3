import express, { type ErrorRequestHandler, type RequestHandler, type Response } from 'express';
import type { ApolloServerPlugin } from '@apollo/server';
import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import { BadInputError, ErrorCode } from '../core/errors';

/** The input limits of the transport and of every string a request carries (README: configuration). */
export interface InputLimits {
  /** Largest request body accepted, in bytes; larger ones are answered 413. */
  maxBodyBytes: number;
  /** Longest string accepted anywhere in variables or document literals, in UTF-16 code units. */
  maxStringLength: number;
}

/** JSON is the only body /graphql reads (GraphQL over HTTP: `application/json` for POST). */
const JSON_TYPES = ['application/json', 'application/graphql-response+json'];

function clientError(res: Response, status: number, message: string, extra: Record<string, unknown> = {}): void {
  res.status(status).json({ errors: [{ message, extensions: { code: ErrorCode.BAD_USER_INPUT, ...extra } }] });
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024 && n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MB`;
  if (n >= 1024 && n % 1024 === 0) return `${n / 1024} KB`;
  return `${n} bytes`;
}

/**
 * The body side of /graphql, before authentication: POSTs must be JSON objects within the size
 * limit. Everything else is a clean client error (never the integration's 500 for an unparsed body):
 * another content type → 415, a body over the limit → 413 naming the limit, malformed JSON or a
 * body that is not an object → 400.
 */
export function graphqlBody(limits: InputLimits): (RequestHandler | ErrorRequestHandler)[] {
  const json = express.json({ limit: limits.maxBodyBytes, type: JSON_TYPES, strict: false });
  const contentType: RequestHandler = (req, res, next) => {
    if (req.method !== 'POST') return next();
    if (!req.is(JSON_TYPES)) {
      const given = req.get('content-type');
      return clientError(res, 415, `A GraphQL POST must have Content-Type application/json${given ? `, not ${given.split(';')[0].trim().slice(0, 60)}` : ''}.`);
    }
    next();
  };
  const shape: RequestHandler = (req, res, next) => {
    if (req.method !== 'POST') return next();
    const body: unknown = req.body;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      return clientError(res, 400, 'The request body must be a JSON object with a "query" string (batches are not accepted).');
    }
    next();
  };
  const errors: ErrorRequestHandler = (err: unknown, _req, res, next) => {
    if (res.headersSent) return next(err);
    const e = err as { status?: number; type?: string };
    switch (e.type) {
      case 'entity.too.large':
        return clientError(res, 413, `The request body is larger than the limit of ${formatBytes(limits.maxBodyBytes)} (MAX_BODY_BYTES).`, {
          limit: 'MAX_BODY_BYTES',
          allowed: limits.maxBodyBytes,
        });
      case 'entity.parse.failed':
        return clientError(res, 400, 'The request body is not valid JSON.');
      case 'charset.unsupported':
        return clientError(res, 415, 'The request body must be UTF-8 JSON.');
      case 'encoding.unsupported':
        return clientError(res, 415, 'The request body must be sent without content encoding, or with gzip, deflate or br.');
      default:
        if (e.status && e.status >= 400 && e.status < 500) return clientError(res, e.status, 'The request body could not be read.');
        return next(err);
    }
  };
  return [contentType, json, errors, shape];
}

/** A string a column can hold: no NUL (PostgreSQL text cannot store it), no unpaired UTF-16 surrogate. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

function stringProblem(s: string, max: number): string | undefined {
  if (s.length > max) return `is ${s.length} characters long; the limit is ${max} (MAX_STRING_LENGTH)`;
  if (s.includes('\u0000')) return 'contains a NUL character (U+0000)';
  if (LONE_SURROGATE.test(s)) return 'contains an unpaired UTF-16 surrogate (not valid Unicode)';
  return undefined;
}

function reject(path: string, why: string, maxStringLength: number): BadInputError {
  const extra = why.includes('MAX_STRING_LENGTH') ? { limit: 'MAX_STRING_LENGTH', allowed: maxStringLength } : {};
  return new BadInputError(`Invalid value at ${path}: ${why}.`, path, extra);
}

/** Walks a JSON value (variables), depth first, reporting the first bad string or key. */
function checkValue(value: unknown, path: string, max: number, depth = 0): BadInputError | undefined {
  if (typeof value === 'string') {
    const why = stringProblem(value, max);
    return why ? reject(path, why, max) : undefined;
  }
  if (value === null || typeof value !== 'object' || depth > 1000) return undefined;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = checkValue(value[i], `${path}.${i}`, max, depth + 1);
      if (bad) return bad;
    }
    return undefined;
  }
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const keyWhy = stringProblem(key, max);
    if (keyWhy) return reject(`${path}.${key.slice(0, 40)}`, `names a field that ${keyWhy}`, max);
    const bad = checkValue(v, `${path}.${key}`, max, depth + 1);
    if (bad) return bad;
  }
  return undefined;
}

/**
 * Maps each variable to the input path it feeds (`$in` → `input`, `{ filter: { keyword: $k } }`:
 * `$k` → `filter.keyword`), so errors name the input path rather than the variable.
 */
function inputPathOfVariable(document: DocumentNode): Map<string, string> {
  const map = new Map<string, string>();
  visit(document, {
    Variable(node, _key, parent, _path, ancestors) {
      if ((parent as ASTNode | undefined)?.kind === Kind.VARIABLE_DEFINITION || map.has(node.name.value)) return;
      const path = literalPath(ancestors, parent as ASTNode | readonly ASTNode[] | undefined, node);
      if (path !== 'query') map.set(node.name.value, path);
    },
  });
  return map;
}

/** The input path of a literal: argument, object fields and list indexes (`input.themes.2`). */
function literalPath(ancestors: readonly (ASTNode | readonly ASTNode[])[], parent: ASTNode | readonly ASTNode[] | undefined, node: ASTNode): string {
  const parts: (string | number)[] = [];
  const chain = [...ancestors, ...(parent ? [parent] : []), node];
  for (let i = 0; i < chain.length; i++) {
    const a = chain[i];
    if (Array.isArray(a)) continue;
    const n = a as ASTNode;
    if (n.kind === Kind.ARGUMENT || n.kind === Kind.OBJECT_FIELD) parts.push(n.name.value);
    else if (n.kind === Kind.VARIABLE_DEFINITION) parts.push(`$${n.variable.name.value}`);
    else if (n.kind === Kind.LIST) {
      const child = chain.slice(i + 1).find((c) => !Array.isArray(c));
      const idx = n.values.indexOf(child as never);
      if (idx >= 0) parts.push(idx);
    }
  }
  return parts.length ? parts.join('.') : 'query';
}

/** Every string and float literal of the document (operations, fragments, variable defaults). */
function checkLiterals(document: DocumentNode, max: number): BadInputError | undefined {
  let bad: BadInputError | undefined;
  visit(document, {
    enter(node, _key, parent, _path, ancestors) {
      if (bad) return false;
      if (node.kind === Kind.STRING) {
        const why = stringProblem(node.value, max);
        if (why) bad = reject(literalPath(ancestors, parent as ASTNode | readonly ASTNode[] | undefined, node), why, max);
      } else if (node.kind === Kind.FLOAT || node.kind === Kind.INT) {
        // GraphQL's Float accepts `1e999` as Infinity, which no column or rule can take.
        if (!Number.isFinite(Number(node.value))) bad = reject(literalPath(ancestors, parent as ASTNode | readonly ASTNode[] | undefined, node), 'is not a finite number', max);
      }
      return undefined;
    },
  });
  return bad;
}

/**
 * Checks every string a request carries — in variables (values and keys) and in the document's
 * literals — generically, whatever field it is bound for: no NUL, no lone surrogate, no string over
 * the length limit; and every float literal is finite. A breach is BAD_USER_INPUT naming the input
 * path, with HTTP 400, before anything executes.
 */
export function inputGuardPlugin<C extends object>(limits: InputLimits): ApolloServerPlugin<C> {
  const max = limits.maxStringLength;
  return {
    async requestDidStart() {
      return {
        async didResolveOperation(ctx) {
          const variables = ctx.request.variables ?? {};
          let bad = checkLiterals(ctx.document, max);
          if (!bad && Object.keys(variables).length) {
            const paths = inputPathOfVariable(ctx.document);
            for (const [name, value] of Object.entries(variables)) {
              bad = checkValue(value, paths.get(name) ?? `$${name.slice(0, 40)}`, max);
              if (bad) break;
            }
          }
          if (bad) {
            // Apollo answers errors thrown here with 500 unless a status is already set.
            ctx.response.http.status = 400;
            throw bad;
          }
        },
      };
    },
  };
}
