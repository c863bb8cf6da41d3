import type { MikroORM } from '@mikro-orm/postgresql';
import type { DatabaseLimits } from '../core/config';
import type { Logger } from '../core/logger';
import { OwnershipSubscriber } from '../access/ownership';
import { openOrm as openDatabaseOrm, type OrmModel } from '../db/database';
import { ENTITIES } from '../modules/entities';
import { AuditSubscriber } from '../modules/audit/audit.subscriber';

/** The hub's ORM model: every module's entities, and the subscribers that check and record writes. */
export const HUB_ORM_MODEL: OrmModel = {
  entities: ENTITIES,
  subscribers: () => [new OwnershipSubscriber(), new AuditSubscriber()],
};

/**
 * The write side's ORM over the hub's model. Serving passes `limits` (the statement timeout and
 * pool wait of the read pool); migrations, seeds and imports open it without (see db/database.ts).
 */
export function openOrm(url: string, limits?: DatabaseLimits, log?: Logger): Promise<MikroORM> {
  return openDatabaseOrm(HUB_ORM_MODEL, url, limits, log);
}
