import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { GraphQLError, Kind, parse, print, visit, type DocumentNode, type FragmentDefinitionNode, type OperationDefinitionNode } from 'graphql';
import type { ApolloServerOptions, ApolloServerPlugin, PersistedQueryOptions } from '@apollo/server';
import { decodeJwt } from 'jose';
import { LRUCache } from 'lru-cache';
import { Role, type Viewer } from '../access/viewer';
import { PROJECT_ROOT, type Config } from '../core/config';
import type { Context } from '../access/request-context';
import { ErrorCode } from '../core/errors';

/**
 * Persisted operations (issue 8, point 10).
 *
 * - Automatic persisted queries (APQ): a client sends `extensions.persistedQuery.sha256Hash` alone;
 *   an unknown hash answers `PersistedQueryNotFound` (code BAD_USER_INPUT), the client resends
 *   hash + text once, and from then on the hash alone runs the document. Registrations live in a
 *   bounded in-memory LRU (entries and bytes), so unique documents cannot grow memory.
 * - The operation manifest: every operation of `schema/operations/*.graphql`, printed as one
 *   document (the operation and the fragments it uses) with its sha256, emitted by `npm run schema`
 *   into `schema/operations.manifest.json`. Its hashes resolve without registration.
 * - Safelist mode: tokens of the roles in `SAFELIST_ROLES`, and any token carrying the claim
 *   `safelist: true`, may run only manifest documents — by hash, by their exact text, or by any
 *   text that prints to a listed document. Anything else is FORBIDDEN (HTTP 403) after validation
 *   and before execution; an APQ registration of such a document is refused with it.
 */

export const OPERATIONS_DIR = path.join(PROJECT_ROOT, 'schema', 'operations');
export const MANIFEST_FILE = path.join(PROJECT_ROOT, 'schema', 'operations.manifest.json');

export interface ManifestOperation {
  /** The operation's name (unique across the files). */
  name: string;
  type: OperationDefinitionNode['operation'];
  /** The file under schema/operations it comes from. */
  file: string;
  /** sha256 (hex) of `document`: what an APQ client sends as `sha256Hash`. */
  sha256: string;
  /** The operation and the fragments it uses, as graphql-js `print` writes them. */
  document: string;
}

export interface OperationManifest {
  version: 1;
  algorithm: 'sha256';
  operations: ManifestOperation[];
}

export const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The fragments an operation uses, transitively. */
function usedFragments(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): FragmentDefinitionNode[] {
  const used = new Map<string, FragmentDefinitionNode>();
  const walk = (node: OperationDefinitionNode | FragmentDefinitionNode) =>
    visit(node, {
      FragmentSpread(spread) {
        const name = spread.name.value;
        const def = fragments.get(name);
        if (!def || used.has(name)) return;
        used.set(name, def);
        walk(def);
      },
    });
  walk(operation);
  return [...used.values()];
}

/**
 * The canonical text of one operation: the operation first, then the fragments it uses in the
 * order codegen's typed documents hold them (first use), printed by graphql-js — so
 * `print(GeneratedDocument)` on a client hashes to the manifest's hash.
 */
export function canonicalText(operation: OperationDefinitionNode, fragments: ReadonlyMap<string, FragmentDefinitionNode>): string {
  return print({ kind: Kind.DOCUMENT, definitions: [operation, ...usedFragments(operation, fragments)] });
}

/** The canonical text of a whole request document, or undefined when it holds more than one operation. */
function canonicalOfDocument(doc: DocumentNode): string | undefined {
  const operations = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  if (operations.length !== 1) return undefined;
  const fragments = new Map(doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]));
  // Unused fragments fail validation before this runs; count them anyway so the texts agree exactly.
  const text = canonicalText(operations[0], fragments);
  return fragments.size === usedFragments(operations[0], fragments).length ? text : undefined;
}

/** Builds the manifest from the operation files (`npm run schema` writes it; a test compares). */
export function buildOperationManifest(dir: string = OPERATIONS_DIR): OperationManifest {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.graphql')).sort();
  const parsed = files.map((file) => ({ file, doc: parse(fs.readFileSync(path.join(dir, file), 'utf8'), { noLocation: true }) }));
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const { file, doc } of parsed) {
    for (const d of doc.definitions) {
      if (d.kind !== Kind.FRAGMENT_DEFINITION) continue;
      if (fragments.has(d.name.value)) throw new Error(`Fragment ${d.name.value} is defined twice (again in ${file})`);
      fragments.set(d.name.value, d);
    }
  }
  const operations: ManifestOperation[] = [];
  const seen = new Set<string>();
  for (const { file, doc } of parsed) {
    for (const d of doc.definitions) {
      if (d.kind !== Kind.OPERATION_DEFINITION) continue;
      if (!d.name) throw new Error(`${file}: every operation needs a name`);
      if (seen.has(d.name.value)) throw new Error(`Operation ${d.name.value} is defined twice (again in ${file})`);
      seen.add(d.name.value);
      const document = canonicalText(d, fragments);
      operations.push({ name: d.name.value, type: d.operation, file, sha256: sha256(document), document });
    }
  }
  operations.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return { version: 1, algorithm: 'sha256', operations };
}

export function renderManifest(manifest: OperationManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function loadOperationManifest(file: string = MANIFEST_FILE): OperationManifest {
  const manifest = JSON.parse(fs.readFileSync(file, 'utf8')) as OperationManifest;
  if (manifest.version !== 1 || manifest.algorithm !== 'sha256' || !Array.isArray(manifest.operations)) {
    throw new Error(`${file} is not an operation manifest (version 1, sha256)`);
  }
  for (const op of manifest.operations) {
    if (sha256(op.document) !== op.sha256) throw new Error(`${file}: the hash of ${op.name} does not match its document; run npm run schema`);
  }
  return manifest;
}

const ROLES = new Set<string>(Object.values(Role));

/** Checks the settings (config.ts reads them without knowing roles): a typo must not unlock a role. */
function checkSettings(settings: Config['persistedOperations']): void {
  for (const r of settings.safelistRoles) if (!ROLES.has(r)) throw new Error(`SAFELIST_ROLES: unknown role ${r}; use ${[...ROLES].join(', ')}`);
  for (const [name, n] of [['APQ_CACHE_ENTRIES', settings.cacheEntries], ['APQ_CACHE_BYTES', settings.cacheBytes]] as const) {
    if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, not ${n}`);
  }
}

/**
 * Apollo's cache of parsed and validated documents (keyed by the document's hash), bounded by count
 * like graphql-jit's compile cache (jit-gateway.ts). Apollo's default is bounded by the documents'
 * JSON size (30 MiB), several times smaller than the ASTs it keeps (every token is retained through
 * `loc`): in the soak, unique documents alone (230/s) grew the hub's heap by 46 MB in 30 s, long
 * before that bound; with this store the heap stayed flat (98 → 98 MB).
 */
export function parsedDocumentStore(max = 1000): NonNullable<ApolloServerOptions<Context>['documentStore']> {
  const lru = new LRUCache<string, DocumentNode>({ max });
  return {
    async get(key) {
      return lru.get(key);
    },
    async set(key, value) {
      lru.set(key, value);
    },
    async delete(key) {
      return lru.delete(key);
    },
  };
}

/** FORBIDDEN, HTTP 403: the whole request is refused before execution. */
export function notInSafelistError(): GraphQLError {
  return new GraphQLError(
    'This operation is not in the safelist: this token may run only the operations of schema/operations (send one by its sha256 hash or its text).',
    { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } },
  );
}

const APQ_PREFIX = 'apq:';
/** Apollo's own APQ errors that carry no code (requestPipeline.ts). */
const APQ_CLIENT_ERRORS = new Set(['provided sha does not match query', 'Unsupported persisted query version']);

/**
 * Persisted documents: the manifest (fixed) in front of a bounded LRU of APQ registrations, as
 * Apollo's `persistedQueries` cache, and the plugin that enforces the safelist.
 */
export class PersistedOperations {
  private readonly listed: ReadonlyMap<string, ManifestOperation>;
  private readonly registered: LRUCache<string, string>;
  private readonly safelistRoles: ReadonlySet<Role>;
  /** queryHash → whether its document prints to a listed one (the document of a hash never changes). */
  private readonly canonicalVerdicts = new LRUCache<string, boolean>({ max: 2000 });
  /** bearer token → carries `safelist: true` (tokens were verified before Apollo runs). */
  private readonly claimedByToken = new LRUCache<string, boolean>({ max: 10_000 });

  constructor(
    readonly manifest: OperationManifest,
    private readonly settings: Config['persistedOperations'],
  ) {
    checkSettings(settings);
    this.listed = new Map(manifest.operations.map((op) => [op.sha256, op]));
    this.safelistRoles = new Set(settings.safelistRoles as Role[]);
    this.registered = new LRUCache<string, string>({
      max: settings.cacheEntries,
      maxSize: settings.cacheBytes,
      sizeCalculation: (text) => Math.max(1, Buffer.byteLength(text)),
    });
  }

  static fromConfig(config: Config): PersistedOperations {
    return new PersistedOperations(loadOperationManifest(config.persistedOperations.manifestFile), config.persistedOperations);
  }

  /** Registered (APQ) documents held now, and their total bytes. */
  get cacheStats(): { entries: number; bytes: number } {
    return { entries: this.registered.size, bytes: this.registered.calculatedSize };
  }

  /** Apollo's `persistedQueries` option. */
  apolloOptions(): PersistedQueryOptions {
    const registered = this.registered;
    const listed = this.listed;
    const apq = this.settings.apq;
    const hashOf = (key: string) => (key.startsWith(APQ_PREFIX) ? key.slice(APQ_PREFIX.length) : key);
    return {
      // Eviction is the LRU's; Apollo's per-entry TTL is not used.
      ttl: null,
      cache: {
        async get(key) {
          const hash = hashOf(key);
          return listed.get(hash)?.document ?? registered.get(hash);
        },
        async set(key, value) {
          const hash = hashOf(key);
          if (!apq || listed.has(hash)) return;
          registered.set(hash, value);
        },
        async delete(key) {
          return registered.delete(hashOf(key));
        },
      },
    };
  }

  /** Whether this viewer (with this bearer token) is held to the safelist. */
  isLocked(viewer: Viewer, authorization: string | undefined): boolean {
    if (this.safelistRoles.has(viewer.role)) return true;
    const token = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '')?.[1];
    if (!token) return false;
    let claimed = this.claimedByToken.get(token);
    if (claimed === undefined) {
      try {
        claimed = decodeJwt(token).safelist === true;
      } catch {
        claimed = false;
      }
      this.claimedByToken.set(token, claimed);
    }
    return claimed;
  }

  /** Whether a request (its hash, and its parsed document) is a manifest operation. */
  allows(queryHash: string | undefined, document: DocumentNode | undefined): boolean {
    if (queryHash && this.listed.has(queryHash)) return true;
    if (!document) return false;
    if (queryHash) {
      const known = this.canonicalVerdicts.get(queryHash);
      if (known !== undefined) return known;
    }
    const canonical = canonicalOfDocument(document);
    const verdict = canonical !== undefined && this.listed.has(sha256(canonical));
    if (queryHash) this.canonicalVerdicts.set(queryHash, verdict);
    return verdict;
  }

  /**
   * Enforces the safelist once per operation, after validation and before execution and before
   * Apollo stores an APQ registration (both follow `didResolveOperation`).
   */
  plugin(): ApolloServerPlugin<Context> {
    return {
      requestDidStart: async ({ contextValue, request }) => {
        const locked = this.isLocked(contextValue.viewer, request.http?.headers.get('authorization'));
        return {
          didResolveOperation: locked
            ? async (rc) => {
                if (!this.allows(rc.queryHash, rc.document)) throw notInSafelistError();
              }
            : undefined,
          didEncounterErrors: async ({ errors }) => {
            // Apollo raises the APQ protocol's client errors without a code, which formatError
            // would mask as INTERNAL_SERVER_ERROR; they are the client's: BAD_USER_INPUT. (This
            // hook runs before formatting, synchronously, on errors made for this request.)
            for (const e of errors) {
              if (e.extensions.code === undefined && APQ_CLIENT_ERRORS.has(e.message)) (e.extensions as Record<string, unknown>).code = ErrorCode.BAD_USER_INPUT;
            }
          },
        };
      },
    };
  }
}
