import type { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import type { Pool } from 'pg';
import type { Viewer } from '../access/viewer';
import { Denials, RestrictedReads } from '../access/enforce';
import type { OperationLimits } from '../access/limits';
import type { RecordRules, ReportSettings } from '../core/config';
import { ReadContext, type Context } from '../access/request-context';

/** The context of one request: its viewer, counted reads, and a write EntityManager forked on first use. */
export function createContext(args: { requestId: string; viewer: Viewer; orm: MikroORM; readPool: Pool; limits: OperationLimits; records: RecordRules; reports: ReportSettings }): Context {
  let em: EntityManager | undefined;
  return {
    requestId: args.requestId,
    viewer: args.viewer,
    orm: args.orm,
    read: new ReadContext(args.readPool, args.viewer),
    restrictedReads: new RestrictedReads(),
    denials: new Denials(),
    limits: args.limits,
    records: args.records,
    reports: args.reports,
    get em() {
      em ??= args.orm.em.fork({ clear: true, useContext: false });
      return em;
    },
  };
}
