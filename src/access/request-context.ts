import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import type { GraphQLResolveInfo } from 'graphql';
import type { Viewer } from './viewer';
import type { Denials, RestrictedReads } from './enforce';
import { scopeOf } from './row-scope';
import type { OperationLimits } from './limits';
import { NotFoundError } from '../core/errors';
import { listConnection, type ConnectionShape, type ListRequest } from '../core/read/connection';
import { lookupPk } from '../core/read/ids';
import { LoaderRegistry } from '../core/read/loader-registry';
import { Loaders } from '../core/read/loaders';
import type { ReadModel, Row, RowScope } from '../core/read/model';
import { ReadDb, StatementCounter } from '../core/read/sql';
import type { RecordRules, ReportSettings } from '../core/config';

/** The read side of a request: counted SQL, the batched loaders and the viewer's scope. */
export class ReadContext {
  readonly counter = new StatementCounter();
  readonly db: ReadDb;
  /** The request's batched loaders by key (the read models' below, reporting's, module aggregates). */
  readonly registry = new LoaderRegistry();
  readonly loaders: Loaders;
  private readonly scope: RowScope;

  constructor(
    pool: Pool,
    readonly viewer: Viewer,
  ) {
    this.db = new ReadDb(pool, this.counter);
    this.scope = scopeOf(viewer);
    this.loaders = new Loaders(this.db, this.scope, this.registry);
  }

  /** Lookup by global id: NOT_FOUND when absent or out of scope, indistinguishably. Archived rows are still found (their `archivedAt` is set). */
  async one<R extends Row>(model: ReadModel, gid: string, path = 'id'): Promise<R> {
    const row = await this.loaders.byPk<R>(model, lookupPk(gid, model.type, path));
    if (!row) throw NotFoundError.forEntity(model.type, gid);
    return row;
  }

  async list<R extends Row>(model: ReadModel, req: ListRequest, info: GraphQLResolveInfo): Promise<ConnectionShape<R>> {
    const page = await listConnection<R>(this.db, this.scope, model, req, info);
    return this.loaders.pace(page, page.nodes.length);
  }
}

/**
 * Everything a resolver may use (built per request by server/context.ts). The write EntityManager is forked lazily: reads never pay for it.
 */
export interface Context {
  requestId: string;
  viewer: Viewer;
  read: ReadContext;
  orm: MikroORM;
  readonly em: EntityManager;
  /** RESTRICTED fields this operation read, written to the audit log before the response leaves. */
  restrictedReads: RestrictedReads;
  /** Fields this operation was denied, reported once per selection (see access/enforce.ts). */
  denials: Denials;
  /** The operation limits of the viewer's role (`me { limits }`). */
  limits: OperationLimits;
  /** Plausibility bounds of training records (`RECORD_MAX_HOURS_PER_DAY`). */
  records: RecordRules;
  /** Report defaults (`EVALUATION_LOW_SCORE`). */
  reports: ReportSettings;
}
