import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import type { GraphQLResolveInfo } from 'graphql';
import type { Viewer } from '../access/viewer';
import { Denials, RestrictedReads } from '../access/enforce';
import type { OperationLimits } from '../access/limits';
import { NotFoundError } from './errors';
import { listConnection, type ConnectionShape, type ListRequest } from './read/connection';
import { lookupPk } from './read/ids';
import { Loaders } from './read/loaders';
import type { ReadModel, Row } from './read/model';
import { ReadDb, StatementCounter } from './read/sql';

/** The read side of a request: counted SQL, the batched loaders and the viewer's scope. */
export class ReadContext {
  readonly counter = new StatementCounter();
  readonly db: ReadDb;
  readonly loaders: Loaders;

  constructor(
    pool: Pool,
    readonly viewer: Viewer,
  ) {
    this.db = new ReadDb(pool, this.counter);
    this.loaders = new Loaders(this.db, viewer);
  }

  /** Lookup by global id: NOT_FOUND when absent or out of scope, indistinguishably. Archived rows are still found (their `archivedAt` is set). */
  async one<R extends Row>(model: ReadModel, gid: string, path = 'id'): Promise<R> {
    const row = await this.loaders.byPk<R>(model, lookupPk(gid, model.type, path));
    if (!row) throw NotFoundError.forEntity(model.type, gid);
    return row;
  }

  async list<R extends Row>(model: ReadModel, req: ListRequest, info: GraphQLResolveInfo): Promise<ConnectionShape<R>> {
    const page = await listConnection<R>(this.db, this.viewer, model, req, info);
    return this.loaders.pace(page, page.nodes.length);
  }
}

/** Everything a resolver may use. The write EntityManager is forked lazily: reads never pay for it. */
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
}

export function createContext(args: { requestId: string; viewer: Viewer; orm: MikroORM; readPool: Pool; limits: OperationLimits }): Context {
  let em: EntityManager | undefined;
  return {
    requestId: args.requestId,
    viewer: args.viewer,
    orm: args.orm,
    read: new ReadContext(args.readPool, args.viewer),
    restrictedReads: new RestrictedReads(),
    denials: new Denials(),
    limits: args.limits,
    get em() {
      em ??= args.orm.em.fork({ clear: true, useContext: false });
      return em;
    },
  };
}
